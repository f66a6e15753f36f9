import XCTest

final class CoachCLIPlaceholder: XCTestCase {}
