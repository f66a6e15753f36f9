import Foundation
import Synchronization
import XCTest
@testable import CoachStore

/// A fresh directory under the system temporary directory, removed by `cleanUp`.
struct TemporaryDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("coachstore-tests-\(UUID().uuidString)", isDirectory: true)
    }

    /// A subdirectory path inside (not created).
    func child(_ name: String) -> URL { url.appendingPathComponent(name, isDirectory: true) }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }
}

/// A clock the test moves by hand.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_700_000_000))

    /// Moves time forward.
    func advance(days: Double) { current.withLock { $0 += days * 24 * 3600 } }

    /// A `now` closure for the store.
    var now: @Sendable () -> Date { { [self] in current.withLock { $0 } } }
}

extension Data {
    /// The UTF-8 bytes of `text`.
    init(utf8 text: String) { self = Data(text.utf8) }
}

/// The names of the regular files directly in `directory`, sorted.
func fileNames(in directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
}

/// True when any file in `directory` contains `needle` byte for byte.
func directoryContains(_ directory: URL, _ needle: Data) -> Bool {
    fileNames(in: directory).contains { name in
        guard let bytes = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
            return false
        }
        return bytes.range(of: needle) != nil
    }
}

/// The log file of a store directory.
func logURL(_ directory: URL) -> URL { directory.appendingPathComponent("sessions.log") }

/// The size of a file in bytes.
func fileSize(_ url: URL) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? -1
}

/// Appends raw bytes to a file.
func appendBytes(_ bytes: [UInt8], to url: URL) throws {
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: bytes)
}

/// Bytes of a put record for `user` with `payload` of the given length (for computing exact sizes).
func recordSize(payload: Int) -> Int { LogRecord.overhead + payload }

/// Runs `body`, recording a failure instead of throwing (for closures that must not throw).
func expectNoThrow(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) {
    do { try body() } catch { XCTFail("unexpected error: \(error)", file: file, line: line) }
}

/// Runs `body(i)` for i in 0..<count, each on its own thread (not a pool, so all really run at once), and waits.
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            body(index)
            group.leave()
        }
        thread.start()
    }
    group.wait()
}
