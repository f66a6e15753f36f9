import XCTest

final class CoachServerPlaceholder: XCTestCase {}
