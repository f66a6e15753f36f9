import XCTest

final class CoachStorePlaceholder: XCTestCase {}
