@testable import CoachCore
import CoachFiles
import Foundation
import XCTest

/// The load cache: a hit gives the brain, diagnostics and sources a compile gives; anything else recompiles.
final class BrainCacheTests: XCTestCase {
    /// A store in memory that counts writes (a write means the load compiled).
    final class MemoryStore: BrainStore, @unchecked Sendable {
        var bytes: [UInt8]?
        var writes = 0
        func read() -> [UInt8]? { bytes }
        func write(_ bytes: [UInt8]) { self.bytes = bytes; writes += 1 }
    }

    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "coach-cache-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.mainFile.write(toFile: folder + "/main.coach", atomically: true, encoding: .utf8)
        try "intent unused\n  keywords: nothing\n".write(toFile: folder + "/unused.coach", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    static let mainFile = """
        start welcome

        intent greet
          keywords: hello, hi there, good morning
          pattern: [hello hi] * ~people

        concept people: friend, everyone, folks

        state welcome
          say: Hello!
          on greet -> welcome
        """

    private func load(_ store: BrainStore, build: String = "test") -> LoadedDialogues {
        DialogueLoader.load(folder: folder, from: DiskFiles(), cache: store, build: build)
    }

    func testMissWritesThenHitReadsTheSameLoad() throws {
        let store = MemoryStore()
        let compiled = load(store)
        XCTAssertEqual(store.writes, 1)
        let cached = load(store)
        XCTAssertEqual(store.writes, 1, "the second load should come from the cache")
        XCTAssertEqual(cached.diagnostics, compiled.diagnostics)
        XCTAssertFalse(cached.diagnostics.isEmpty, "the never-included file's warning is kept")
        XCTAssertEqual(cached.sources, compiled.sources)
        XCTAssertEqual(String(describing: try XCTUnwrap(cached.brain).analyze("hello my friend")),
                       String(describing: try XCTUnwrap(compiled.brain).analyze("hello my friend")))
    }

    func testChangedFileAddedFileOrOtherBuildRecompiles() throws {
        let store = MemoryStore()
        _ = load(store)
        try (Self.mainFile + "\n  say: Welcome back.\n").write(toFile: folder + "/main.coach", atomically: true, encoding: .utf8)
        _ = load(store)
        XCTAssertEqual(store.writes, 2)
        try "".write(toFile: folder + "/new.coach", atomically: true, encoding: .utf8)
        let added = load(store)
        XCTAssertEqual(store.writes, 3)
        XCTAssertTrue(added.diagnostics.contains { $0.message.contains("'new.coach' is never included") })
        _ = load(store, build: "another build")
        XCTAssertEqual(store.writes, 4)
    }

    /// A file the load only compares (a learn file's examples) is hashed from its bytes as they are: one byte changed
    /// at the same length recompiles; the same bytes written again do not.
    func testAnExamplesFileChangedByOneByteRecompiles() throws {
        try ("learn ex.tsv\n" + Self.mainFile + "\n  on plan_a, plan_b -> welcome\nintent plan_a\nintent plan_b\n")
            .write(toFile: folder + "/main.coach", atomically: true, encoding: .utf8)
        let examples = "plan_a\tget the driver\nplan_b\tfilm it\nnone\tidk\n"
        try examples.write(toFile: folder + "/ex.tsv", atomically: true, encoding: .utf8)
        let store = MemoryStore()
        XCTAssertNotNil(load(store).brain)
        try examples.write(toFile: folder + "/ex.tsv", atomically: true, encoding: .utf8)
        XCTAssertNotNil(load(store).brain)
        XCTAssertEqual(store.writes, 1, "the same bytes again: a hit")
        try examples.replacingOccurrences(of: "film it", with: "film It").write(toFile: folder + "/ex.tsv", atomically: true, encoding: .utf8)
        XCTAssertNotNil(load(store).brain)
        XCTAssertEqual(store.writes, 2, "one byte changed at the same length: compiled again")
        XCTAssertEqual(DiskFiles().withBytes(of: folder + "/ex.tsv") { Array($0) }, Array(examples.replacingOccurrences(of: "film it", with: "film It").utf8))
        try "".write(toFile: folder + "/empty.tsv", atomically: true, encoding: .utf8)
        XCTAssertEqual(DiskFiles().withBytes(of: folder + "/empty.tsv") { $0.count }, 0)
        XCTAssertNil(DiskFiles().withBytes(of: folder + "/missing.tsv") { $0.count })
        XCTAssertNil(DiskFiles().withBytes(of: folder) { $0.count }, "a folder is not a file")
    }

    func testDamagedOrTruncatedCacheFallsBackToCompiling() throws {
        let store = MemoryStore()
        let compiled = load(store)
        let good = try XCTUnwrap(store.bytes)
        var damaged: [[UInt8]] = [[], Array(good.prefix(10)), Array(good.prefix(good.count / 2)), Array(good.dropLast())]
        for offset in stride(from: 0, to: good.count, by: max(1, good.count / 40)) {
            var flipped = good
            flipped[offset] ^= 0x5A
            damaged.append(flipped)
        }
        for bytes in damaged {
            store.bytes = bytes
            let writes = store.writes
            let loaded = load(store)
            XCTAssertEqual(store.writes, writes + 1, "a damaged cache is replaced")
            XCTAssertEqual(loaded.diagnostics, compiled.diagnostics)
            XCTAssertNotNil(loaded.brain)
        }
    }

    func testCacheFileRoundTripAndUnwritableFolder() throws {
        let cacheFolder = folder + "/cache"
        let file = try XCTUnwrap(BrainCacheFile(folder: folder, environment: ["COACH_CACHE_DIR": cacheFolder]))
        XCTAssertTrue(file.path.hasPrefix(cacheFolder + "/"))
        _ = DialogueDirectory(path: folder).load(cache: file)
        XCTAssertNotNil(file.read())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cacheFolder).count, 1, "no temporary file left")
        XCTAssertNotNil(DialogueDirectory(path: folder).load(cache: file).brain)
        // A cache folder that cannot be made (its parent is a file): loading still works, nothing is written.
        let blocked = try XCTUnwrap(BrainCacheFile(folder: folder, environment: ["COACH_CACHE_DIR": folder + "/main.coach/cache"]))
        XCTAssertNotNil(DialogueDirectory(path: folder).load(cache: blocked).brain)
        XCTAssertNil(blocked.read())
    }

    /// A cache file is read mapped from the page cache and the brain keeps parts of it (the word models' floats): the
    /// brain answers the same after the file is replaced by a new compile and after it is removed; an empty file
    /// costs a compile.
    func testABrainReadFromTheMappedCacheFileOutlivesTheFile() throws {
        try ("learn ex.tsv\n" + Self.mainFile + "\n  on plan_a, plan_b -> welcome\nintent plan_a\nintent plan_b\n")
            .write(toFile: folder + "/main.coach", atomically: true, encoding: .utf8)
        try "plan_a\tget the driver\nplan_b\tfilm it\nnone\tidk\n".write(toFile: folder + "/ex.tsv", atomically: true, encoding: .utf8)
        let file = try XCTUnwrap(BrainCacheFile(folder: folder, environment: ["COACH_CACHE_DIR": folder + "/cache"]))
        let compiled = try XCTUnwrap(DialogueDirectory(path: folder).load(cache: file).brain)
        let cached = try XCTUnwrap(DialogueDirectory(path: folder).load(cache: file).brain)
        let guesses = { (brain: Brain) in brain.learnedModels.map { $0.model.guess(["film", "it"]) } }
        XCTAssertEqual(guesses(cached), guesses(compiled))
        XCTAssertNotNil(guesses(cached).first ?? nil)
        try ("# edited\n" + String(contentsOfFile: folder + "/main.coach", encoding: .utf8)).write(toFile: folder + "/main.coach", atomically: true, encoding: .utf8)
        XCTAssertNotNil(DialogueDirectory(path: folder).load(cache: file).brain, "a new compile renamed over the mapped file")
        XCTAssertEqual(guesses(cached), guesses(compiled))
        try FileManager.default.removeItem(atPath: file.path)
        XCTAssertEqual(guesses(cached), guesses(compiled))
        XCTAssertEqual(String(describing: cached.analyze("hello my friend")), String(describing: compiled.analyze("hello my friend")))
        FileManager.default.createFile(atPath: file.path, contents: Data())
        XCTAssertNotNil(file.storedBytes())
        XCTAssertNotNil(DialogueDirectory(path: folder).load(cache: file).brain, "an empty cache file: compiled")
        XCTAssertGreaterThan(try XCTUnwrap(file.read()).count, 0, "and replaced")
        XCTAssertNil(BrainCacheFile(folder: folder, environment: ["COACH_CACHE_DIR": folder + "/nowhere"])?.storedBytes())
    }

    func testEnvironmentChoosesOrDisablesTheCache() throws {
        XCTAssertNil(BrainCacheFile(folder: folder, environment: ["COACH_CACHE": "off", "HOME": "/home/x"]))
        XCTAssertNil(BrainCacheFile(folder: folder, environment: [:]))
        XCTAssertTrue(try XCTUnwrap(BrainCacheFile(folder: folder, environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/x"]))
            .path.hasPrefix("/x/cache/allycoach/brain-"))
        XCTAssertTrue(try XCTUnwrap(BrainCacheFile(folder: folder, environment: ["HOME": "/home/x"]))
            .path.hasPrefix("/home/x/.cache/allycoach/brain-"))
        XCTAssertNotEqual(BrainCacheFile(folder: "/a", environment: ["HOME": "/h"])?.path, BrainCacheFile(folder: "/b", environment: ["HOME": "/h"])?.path)
    }
}
