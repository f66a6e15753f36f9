import XCTest

final class CoachTranscriptsPlaceholder: XCTestCase {}
