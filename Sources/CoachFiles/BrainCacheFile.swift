import CoachCore
import Foundation

/// The load cache on disk: one file per dialogue folder under `$COACH_CACHE_DIR`, else `$XDG_CACHE_HOME/allycoach`,
/// else `~/.cache/allycoach`; `COACH_CACHE=off` turns it off. Written to a temporary file and renamed into place,
/// so a reader sees the old file or the new one, never half of one.
public struct BrainCacheFile: BrainStore {
    /// The cache file's path.
    public let path: String

    /// The cache file for the dialogue folder `folder`, or nil when the environment turns the cache off or
    /// names no folder for it.
    public init?(folder: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if environment["COACH_CACHE"] == "off" { return nil }
        let directory: String
        if let explicit = environment["COACH_CACHE_DIR"], !explicit.isEmpty {
            directory = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            directory = xdg + "/allycoach"
        } else if let home = environment["HOME"], !home.isEmpty {
            directory = home + "/.cache/allycoach"
        } else {
            return nil
        }
        let absolute = folder.hasPrefix("/") || folder.hasPrefix("(") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
        path = directory + "/brain-" + Self.hex(absolute) + ".bin"
    }

    /// A copy of the file's bytes (the load itself reads them in place: `storedBytes()`); one way to read the file.
    public func read() -> [UInt8]? { storedBytes().map { Array($0.bytes) } }

    /// The file's bytes mapped from the page cache (`FileMapping`): read where they lie, with no copy of their megabytes,
    /// and kept mapped by the brain read from them. `write` renames a new file into place, so a mapped one never changes.
    public func storedBytes() -> StoredBytes? { FileMapping.map(path) }

    public func write(_ bytes: [UInt8]) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// What tells this program from another build of it: its path, size and modification time.
    public static let build: String = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath ?? ""
        let attributes = (try? FileManager.default.attributesOfItem(atPath: executable)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(executable) \(size) \(modified)"
    }()

    /// A short, stable name for a folder path (FNV-1a, 64 bits, in hex).
    private static func hex(_ text: String) -> String {
        let hash = text.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
