import XCTest

final class CoachHTTPPlaceholder: XCTestCase {}
