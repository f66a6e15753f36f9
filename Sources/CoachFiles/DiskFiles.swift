import CoachCore
import Foundation

/// Files on disk, read as UTF-8 text: dialogue folders, transcripts, examples and labelled lists.
public struct DiskFiles: DialogueFiles {
    /// Files on this machine's disk.
    public init() {}

    /// Reads a file as UTF-8, reporting where the first invalid byte is.
    public func read(_ path: String) -> Result<String, DialogueLoader.LoadFailure> {
        // A regular file is validated and copied into its text straight from the page cache, in one copy; anything
        // else (empty, a pipe, invalid UTF-8 to report) is read the slow way.
        let mapped = FileMapping.withBytes(of: path) { bytes in
            bytes.isEmpty ? nil : bytes.withMemoryRebound(to: UInt8.self) { String(validating: $0, as: UTF8.self) }
        }
        if let text = mapped ?? nil { return .success(text) }
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return .failure(.init(exists ? "cannot read '\(path)'" : "no such file '\(path)'"))
        }
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(.init("file is not valid UTF-8", location: Self.firstInvalidByte(bytes, file: path)))
    }

    /// `body` over the file's bytes, mapped from the page cache rather than copied (`FileMapping`).
    public func withBytes<Result>(of path: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        FileMapping.withBytes(of: path, body)
    }

    /// The `.coach` files directly in `folder`, or nil when it is not a folder.
    public func coachFiles(in folder: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".coach") }
    }

    /// True when something (a file or a folder) is at `path`.
    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// `paths` with each folder replaced by the files inside it (at any depth, in name order) whose names end in
    /// `.fileExtension`; other paths are kept as they are.
    public func expand(_ paths: [String], fileExtension: String) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? []
            return names.filter { $0.hasSuffix("." + fileExtension) }.sorted().map { base + "/" + $0 }
        }
    }

    private static func firstInvalidByte(_ bytes: [UInt8], file: String) -> SourceLocation {
        let offset = UTF8Check.firstInvalidOffset(bytes) ?? 0
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
