/// Where dialogue files are kept, as loading sees it: a folder on disk, the copy built into the binary, or memory.
/// The core only ever asks for text; the edges implement this.
public protocol DialogueFiles: Sendable {
    /// A file's text; a failure with the reason (and where in the file, for bad UTF-8) when it cannot be read.
    func read(_ path: String) -> Result<String, DialogueLoader.LoadFailure>
    /// The names of the `.coach` files directly in `folder`, or nil when there is no such folder.
    func coachFiles(in folder: String) -> [String]?
}
