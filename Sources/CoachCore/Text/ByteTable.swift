/// A hash table from byte strings (words) to values, hashed with FNV-1a over the bytes, so a look-up
/// needs no `String` and no `Hasher`.
struct ByteTable<Value: Sendable>: Sendable {
    /// Entry number + 1 in each slot, 0 when empty; open addressing, linear probing.
    var slots: [Int32]
    var keyBytes: [UInt8] = []
    var keyEnds: [Int32] = []
    var values: [Value] = []

    init(minimumCapacity: Int = 8) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
    }

    var count: Int { values.count }

    /// The value stored for `key`, if any.
    @inline(__always)
    func find<Key: Collection>(_ key: Key) -> Value? where Key.Element == UInt8 {
        let entry = self.entry(key, hash: Self.hash(key))
        return entry < 0 ? nil : values[entry]
    }

    /// Stores `value` for `key` unless the key is already there; returns the key's entry number.
    @discardableResult
    mutating func insert<Key: Collection>(_ key: Key, _ value: Value) -> Int where Key.Element == UInt8 {
        let hash = Self.hash(key)
        let existing = entry(key, hash: hash)
        if existing >= 0 { return existing }
        if (values.count + 1) * 2 > slots.count { grow() }
        keyBytes.append(contentsOf: key)
        keyEnds.append(Int32(keyBytes.count))
        values.append(value)
        place(values.count - 1, hash: hash)
        return values.count - 1
    }

    /// Stores `value` for `key`, replacing the value stored before.
    mutating func set<Key: Collection>(_ key: Key, _ value: Value) where Key.Element == UInt8 {
        let entry = insert(key, value)
        values[entry] = value
    }

    private func entry<Key: Collection>(_ key: Key, hash: UInt64) -> Int where Key.Element == UInt8 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return -1 }
            let start = stored == 1 ? 0 : Int(keyEnds[stored - 2])
            let end = Int(keyEnds[stored - 1])
            if end - start == key.count, Self.bytes(keyBytes, start, equal: key) { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `stored[start...]` begins with the bytes of `key` (compared byte by byte: no iterator over a slice).
    @inline(__always)
    private static func bytes<Key: Collection>(_ stored: [UInt8], _ start: Int, equal key: Key) -> Bool where Key.Element == UInt8 {
        var i = start
        var k = key.startIndex
        while k != key.endIndex {
            if stored[i] != key[k] { return false }
            i += 1
            key.formIndex(after: &k)
        }
        return true
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        var start = 0
        for entry in values.indices {
            let end = Int(keyEnds[entry])
            place(entry, hash: Self.hash(keyBytes[start..<end]))
            start = end
        }
    }

    @inline(__always)
    static func hash<Key: Collection>(_ key: Key) -> UInt64 where Key.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (hash >> 29)
    }
}
