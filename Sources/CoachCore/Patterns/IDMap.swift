/// A small hash map from ids to numbers (0 when absent), for what one message learns about the few
/// patterns it meets: its cost follows the message, not the number of patterns in the script.
struct IDMap {
    private var keys: [Int32]
    private var values: [Int32]
    private var count = 0

    init(capacity: Int = 32) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Int32](repeating: -1, count: size)
        values = [Int32](repeating: 0, count: size)
    }

    subscript(id: Int) -> Int32 {
        get {
            var slot = Self.slot(id, keys.count)
            while true {
                let key = keys[slot]
                if key == Int32(id) { return values[slot] }
                if key < 0 { return 0 }
                slot = (slot + 1) & (keys.count - 1)
            }
        }
        set {
            var slot = Self.slot(id, keys.count)
            while true {
                let key = keys[slot]
                if key == Int32(id) { values[slot] = newValue; return }
                if key < 0 { break }
                slot = (slot + 1) & (keys.count - 1)
            }
            keys[slot] = Int32(id)
            values[slot] = newValue
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [Int32](repeating: -1, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        for (k, key) in oldKeys.enumerated() where key >= 0 {
            var slot = Self.slot(Int(key), keys.count)
            while keys[slot] >= 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = oldValues[k]
        }
    }

    @inline(__always)
    private static func slot(_ id: Int, _ size: Int) -> Int {
        Int(truncatingIfNeeded: (UInt32(truncatingIfNeeded: id) &* 2_654_435_761) >> 7) & (size - 1)
    }
}
