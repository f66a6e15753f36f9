import XCTest

final class CoachContentPlaceholder: XCTestCase {}
