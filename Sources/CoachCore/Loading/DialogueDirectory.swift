import Foundation

/// A folder of dialogue files on disk, entered at its `main.coach`.
public struct DialogueDirectory: Sendable {
    /// The file every dialogue folder starts from.
    public static let entryFile = "main.coach"

    public var path: String

    public init(path: String) { self.path = path }

    /// Loads and compiles the folder's script: the brain if there are no errors, and all diagnostics.
    public func load() -> (brain: Brain?, diagnostics: [Diagnostic], sources: [String: String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let here = SourceLocation(file: path, line: 1, column: 1)
            return (nil, DiagnosticCatalogue.coded([.error("no dialogue folder at '\(path)'", at: here)]), [:])
        }
        let entry = path.hasSuffix("/") ? path + Self.entryFile : path + "/" + Self.entryFile
        let (script, loadDiagnostics) = ScriptLoader.load(entry: entry, read: Self.readFile)
        if loadDiagnostics.hasErrors, script.states.isEmpty {
            return (nil, DiagnosticCatalogue.coded(loadDiagnostics), script.sources)
        }
        let compiled = Compiler.compile(script)
        let diagnostics = DiagnosticCatalogue.coded((loadDiagnostics + compiled.diagnostics + unreachedFiles(script)).sortedByLocation())
        return (diagnostics.hasErrors ? nil : compiled.brain, diagnostics, script.sources)
    }

    /// Reads a file as UTF-8, reporting where the first invalid byte is.
    public static func readFile(_ path: String) -> Result<String, ScriptLoader.LoadFailure> {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return .failure(.init(exists ? "cannot read '\(path)'" : "no such file '\(path)'"))
        }
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(.init("file is not valid UTF-8", location: firstInvalidByte(bytes, file: path)))
    }

    private static func firstInvalidByte(_ bytes: [UInt8], file: String) -> SourceLocation {
        let offset = UTF8Check.firstInvalidOffset(bytes) ?? 0
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    private func unreachedFiles(_ script: Script) -> [Diagnostic] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return files.filter { $0.hasSuffix(".coach") }.sorted().compactMap { name in
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            guard script.sources[full] == nil else { return nil }
            return .warning("'\(name)' is never included from \(Self.entryFile), so it is not used", at: SourceLocation(file: full, line: 1, column: 1))
        }
    }
}
