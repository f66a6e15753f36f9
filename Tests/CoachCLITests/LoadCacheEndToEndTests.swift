import Foundation
import XCTest

/// The real binary with the load cache: a first run writes it, a second reads it and prints the same; a
/// damaged cache is rewritten; `COACH_CACHE=off` writes nothing; warnings are the same from the cache.
final class LoadCacheEndToEndTests: XCTestCase {
    func testSecondRunReadsTheCacheAndPrintsTheSame() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("coach-cache-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let arguments = ["match", "--dialogues", CoachProcess.exampleDialogues, "hello there", "I want to help"]
        let first = try CoachProcess.run(arguments, input: "", environment: ["COACH_CACHE_DIR": cache])
        let files = try FileManager.default.contentsOfDirectory(atPath: cache)
        XCTAssertEqual(files.count, 1)
        XCTAssertTrue(files[0].hasPrefix("brain-") && files[0].hasSuffix(".bin"))
        let path = cache + "/" + files[0]
        let written = try XCTUnwrap(FileManager.default.contents(atPath: path))
        let second = try CoachProcess.run(arguments, input: "", environment: ["COACH_CACHE_DIR": cache])
        XCTAssertEqual(second.stdout, first.stdout)
        XCTAssertEqual(second.stderr, first.stderr)
        XCTAssertEqual(second.status, first.status)
        XCTAssertEqual(FileManager.default.contents(atPath: path), written, "a hit leaves the cache as it was")

        try Data(written.prefix(written.count / 3)).write(to: URL(fileURLWithPath: path))
        let damaged = try CoachProcess.run(arguments, input: "", environment: ["COACH_CACHE_DIR": cache])
        XCTAssertEqual(damaged.stdout, first.stdout)
        XCTAssertEqual(damaged.stderr, first.stderr)
        XCTAssertEqual(FileManager.default.contents(atPath: path)?.count, written.count, "a damaged cache is rewritten")
    }

    func testCacheOffWritesNothing() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("coach-cache-off-\(UUID().uuidString)").path
        let result = try CoachProcess.run(["match", "--dialogues", CoachProcess.exampleDialogues, "hello"], input: "",
                                          environment: ["COACH_CACHE_DIR": cache, "COACH_CACHE": "off"])
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache))
    }
}
