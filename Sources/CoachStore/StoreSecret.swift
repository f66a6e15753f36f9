import Foundation

/// The store's own random key (`key`, 32 bytes, mode 0600), so user ids are kept as keyed hashes:
/// a plain hash of a guessable id (a phone number) could be reversed by hashing every candidate.
enum StoreSecret {
    /// Reads the key, creating it on first use (durably, before any session is written with it).
    static func loadOrCreate(_ paths: StorePaths) throws -> [UInt8] {
        if let data = FileManager.default.contents(atPath: paths.key) {
            guard data.count == 32 else { throw StoreError("session store: \(paths.key) is damaged (expected 32 bytes)") }
            return [UInt8](data)
        }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let temporary = paths.key + ".new"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(key), attributes: [.posixPermissions: 0o600]) else {
            throw StoreError("session store: cannot create \(paths.key)")
        }
        let file = try FileDescriptor.open(temporary, create: false)
        defer { file.close() }
        try file.syncData()
        try renameFile(temporary, paths.key)
        try syncDirectory(paths.directory)
        return key
    }
}
