/// Where dialogue files are kept, as loading sees it: a folder on disk, the copy built into the binary, or memory.
/// The core only ever asks for text; the edges implement this.
public protocol DialogueFiles: Sendable {
    /// A file's text; a failure with the reason (and where in the file, for bad UTF-8) when it cannot be read.
    func read(_ path: String) -> Result<String, DialogueLoader.LoadFailure>
    /// The names of the `.coach` files directly in `folder`, or nil when there is no such folder.
    func coachFiles(in folder: String) -> [String]?
    /// `body` over a file's bytes as they are, unchecked (the load cache hashes the files it does not parse); nil when
    /// the file cannot be read.
    func withBytes<Result>(of path: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result?
}

extension DialogueFiles {
    /// The bytes of the file's text, by default.
    public func withBytes<Result>(of path: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        guard case .success(var text) = read(path) else { return nil }
        return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
}
