import CoachCore
import Foundation

/// A regular file's bytes mapped read-only from the page cache: nothing is copied and no fresh memory is zeroed for
/// them, unlike reading the file into an array. Every page is mapped up front (one call rather than a fault per few
/// pages: the callers read whole files). The files are replaced by renaming a new one into place, never rewritten:
/// a file cut short under a mapping would make reading past its new end fault.
enum FileMapping {
    /// The bytes of the regular file at `path`, unmapped when nothing holds them; nil when it cannot be opened or
    /// mapped or is not a regular file.
    static func map(_ path: String) -> StoredBytes? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size > 0 else { return StoredBytes(UnsafeRawBufferPointer(start: nil, count: 0)) { _ in } }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0), mapped != MAP_FAILED else { return nil }
        return StoredBytes(UnsafeRawBufferPointer(start: mapped, count: size)) { munmap(UnsafeMutableRawPointer(mutating: $0.baseAddress), $0.count) }
    }

    /// `body` over the bytes of the regular file at `path`, unmapped after the call; nil as for `map`.
    static func withBytes<Result>(of path: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        guard let stored = map(path) else { return nil }
        return withExtendedLifetime(stored) { body(stored.bytes) }
    }
}
