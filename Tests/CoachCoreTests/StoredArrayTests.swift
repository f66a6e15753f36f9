@testable import CoachCore
import XCTest

/// The brain's tables read in place from the load cache's bytes (`StoredArray`): the same values as the arrays written,
/// the bytes kept alive, copied when they are not aligned, and every damaged record or cut archive an error, never a trap.
final class StoredArrayTests: XCTestCase {
    func testACopyOfAnArrayReadsLikeTheArray() {
        let values: [Int32] = [3, -1, 7, Int32.max]
        let stored = StoredArray(values)
        XCTAssertEqual(Array(stored), values)
        XCTAssertEqual(stored.count, 4)
        XCTAssertEqual(stored[3], Int32.max)
        XCTAssertEqual(stored.withUnsafeBufferPointer { Array($0) }, values)
        XCTAssertEqual(Array(stored[1..<3]), [-1, 7])
        XCTAssertTrue(StoredArray<Int32>([]).isEmpty)
        XCTAssertEqual(StoredArray<UInt64>([]).withUnsafeBufferPointer { $0.count }, 0)
        XCTAssertEqual(stored, [3, -1, 7, Int32.max])
    }

    /// Raw arrays lie aligned in the archive and are read where they lie: the reader's arrays keep the archive's bytes.
    func testRawArraysAreReadInPlaceAndKeepTheBytes() throws {
        final class Released: @unchecked Sendable { var count = 0 }
        let released = Released()
        var writer = ArchiveWriter()
        writer.string("a string first, so the table is not a multiple of eight bytes")
        writer.bytes([1, 2, 3])
        writer.int32s([10, -20, 30])
        writer.uint64s([UInt64.max, 5])
        writer.ints([-7, 1 << 40])
        let bytes = writer.finished()
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 16)
        bytes.withUnsafeBytes { copy.copyMemory(from: $0) }
        var read: (StoredArray<UInt8>, StoredArray<Int32>, StoredArray<UInt64>, StoredArray<Int>)?
        do {
            var reader = try ArchiveReader(StoredBytes(UnsafeRawBufferPointer(copy)) { released.count += 1; $0.deallocate() })
            _ = try reader.string()
            read = (try reader.storedBytes(), try reader.storedInt32s(), try reader.storedUInt64s(), try reader.storedInts())
            XCTAssertTrue(reader.isAtEnd)
        }
        do {
            let inPlace = try XCTUnwrap(read)
            XCTAssertEqual(Array(inPlace.0), [1, 2, 3])
            XCTAssertEqual(Array(inPlace.1), [10, -20, 30])
            XCTAssertEqual(Array(inPlace.2), [UInt64.max, 5])
            XCTAssertEqual(Array(inPlace.3), [-7, 1 << 40])
            for address in [inPlace.1.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) },
                            inPlace.2.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }] {
                let offset = try XCTUnwrap(address) - UnsafeRawPointer(copy.baseAddress!)
                XCTAssertTrue(offset > 0 && offset < bytes.count, "read where it lies")
                XCTAssertEqual(offset % ArchiveWriter.rawAlignment, 0)
            }
        }
        XCTAssertEqual(released.count, 0)
        read = nil
        XCTAssertEqual(released.count, 1, "released with the last array read from it")
    }

    /// An archive that lies at an odd address (not as the cache file does) is read all the same, copied.
    func testMisalignedBytesAreCopied() throws {
        var writer = ArchiveWriter()
        writer.int32s([1, 2, 3])
        writer.uint64s([4])
        writer.int32s([0, 1, -2, 7])
        let bytes = writer.finished()
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count + 1, alignment: 16)
        defer { copy.deallocate() }
        copy.copyMemory(from: UnsafeRawBufferPointer(start: [0] + bytes, count: bytes.count + 1))
        var reader = try ArchiveReader(StoredBytes(UnsafeRawBufferPointer(copy)) { _ in }, range: 1..<bytes.count + 1)
        XCTAssertEqual(Array(try reader.storedInt32s()), [1, 2, 3])
        XCTAssertEqual(Array(try reader.storedUInt64s()), [4])
        XCTAssertEqual(try PatternIndex.Head.listed(from: &reader, alwaysMet: 1).map { [$0.r0, $0.r1, $0.r2, $0.owner] }, [[0, 1, -2, 7]])
    }

    /// The candidate filter's heads and the program's instructions are vetted before they are read in place.
    func testHeadsAndInstructionsAreVetted() throws {
        func read<Value>(_ words: [Int32], _ body: (inout ArchiveReader) throws -> Value) throws -> Value {
            var writer = ArchiveWriter()
            writer.int32s(words)
            var reader = try ArchiveReader(writer.finished())
            return try body(&reader)
        }
        let heads = try read([0, 5, -2, 9, 5, 5, 5, -1]) { try PatternIndex.Head.listed(from: &$0, alwaysMet: 5) }
        XCTAssertEqual(heads.map { [$0.r0, $0.r1, $0.r2, $0.owner] }, [[0, 5, -2, 9], [5, 5, 5, -1]])
        XCTAssertTrue(PatternIndex.Head.isFourWords)
        for bad: [Int32] in [[6, 0, 0, 0], [0, -1, 0, 0], [0, 0, -1, 0], [0, 0, 0]] {
            XCTAssertThrowsError(try read(bad) { try PatternIndex.Head.listed(from: &$0, alwaysMet: 5) }, "\(bad)")
        }
        let ops = try read([0, 7, 0, 4, 1, 2]) { try PatternProgram.Op.stored(from: &$0) }
        XCTAssertEqual(ops.map(\.kind), [.token, .alternatives])
        XCTAssertEqual(ops.map(\.b), [0, 2])
        XCTAssertTrue(PatternProgram.Op.isThreeWords)
        XCTAssertEqual(PatternProgram.Kind.allCases.map(\.rawValue), Array(0..<UInt8(PatternProgram.Kind.allCases.count)),
                       "kinds are vetted as numbers below their count")
        for bad: [Int32] in [[10, 0, 0], [-1, 0, 0], [256, 0, 0], [0, 0]] {
            XCTAssertThrowsError(try read(bad) { try PatternProgram.Op.stored(from: &$0) }, "\(bad)")
        }
    }

    /// Posting lists must lie in their items, each after the one before.
    func testPostingListsAreVetted() throws {
        func read(_ items: [Int32], _ ends: [Int32]) throws -> PostingLists {
            var writer = ArchiveWriter()
            writer.int32s(items)
            writer.int32s(ends)
            var reader = try ArchiveReader(writer.finished())
            return try PostingLists(from: &reader)
        }
        let lists = try read([4, 5, 6], [1, 1, 3])
        XCTAssertEqual([0, 1, 2].map { Array(lists.items[lists.range($0)]) }, [[4], [], [5, 6]])
        XCTAssertThrowsError(try read([4, 5, 6], [2, 1, 3]))
        XCTAssertThrowsError(try read([4, 5, 6], [1, 4]))
        XCTAssertThrowsError(try read([4], [-1, 1]))
    }

    /// A brain's archive cut short is an error when read back, never a trap or a brain.
    func testEveryCutOfABrainsArchiveIsAnError() throws {
        let brain = brain("""
            start s
            intent greet
              keywords: hello, hi there
              pattern: [hello hi] * ~people
            concept people: friend, everyone, folks
            state s
              say: Hello!
              on greet -> s
            """)
        var writer = ArchiveWriter()
        brain.archive(into: &writer)
        let bytes = writer.finished()
        var whole = try ArchiveReader(bytes)
        XCTAssertNotNil(try Brain(from: &whole))
        // About 500 cuts, spread over the archive, and each of the last bytes.
        let cuts = Set(stride(from: 0, to: bytes.count, by: max(1, bytes.count / 500))).union(max(0, bytes.count - 64)..<bytes.count)
        for length in cuts.sorted() {
            XCTAssertThrowsError(try { var reader = try ArchiveReader(Array(bytes.prefix(length))); _ = try Brain(from: &reader) }(),
                                 "cut at \(length)")
        }
    }
}
