/// Where a compiled brain is kept between runs, for one dialogue folder: the edges implement it (a file under
/// the user's cache folder). Failures are silent: a store that cannot read or write only makes loading slower.
public protocol BrainStore: Sendable {
    /// The bytes last written, or nil when there are none (or they cannot be read).
    func read() -> [UInt8]?
    /// Replaces the stored bytes, all at once or not at all.
    func write(_ bytes: [UInt8])
    /// The bytes last written where they lie, if the store can (a file mapped from the page cache) rather than copied;
    /// nil when there are none. A brain read from them keeps parts of them, and with them the bytes.
    func storedBytes() -> StoredBytes?
}

extension BrainStore {
    /// A copy of what `read()` returns, by default.
    public func storedBytes() -> StoredBytes? { read().map(StoredBytes.init(copying:)) }
}
