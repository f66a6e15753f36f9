import XCTest

final class CoachCorePlaceholder: XCTestCase {}
