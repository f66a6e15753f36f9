import XCTest

final class CoachCryptoPlaceholder: XCTestCase {}
