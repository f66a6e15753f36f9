import Foundation

/// The files of a store directory. Nothing in it is named after a user.
struct StorePaths {
    /// The directory, as an absolute path.
    let directory: String

    /// The append-only log of session records.
    var log: String { directory + "/sessions.log" }
    /// The fresh log a compaction writes before renaming it over `log`.
    var compacting: String { directory + "/sessions.log.compacting" }
    /// Held with flock while a store has the directory open.
    var lock: String { directory + "/lock" }
    /// The store's random key for hashing user ids.
    var key: String { directory + "/key" }

    init(directory: URL) { self.directory = directory.standardizedFileURL.path }

    /// Creates the directory (owner-only, 0700) if needed, or checks that it is one.
    func prepareDirectory() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw StoreError("session store: \(directory) exists but is not a directory")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError("session store: cannot create directory \(directory): \(error.localizedDescription)")
        }
        try syncDirectory((directory as NSString).deletingLastPathComponent)  // make the new entry durable
    }

    /// Opens and locks `lock`, so that only one store uses the directory at a time.
    func acquireLock() throws -> FileDescriptor {
        let file = try FileDescriptor.open(lock, create: true)
        do {
            guard try file.tryLockExclusive() else {
                throw StoreError("session store: \(directory) is already in use by another store "
                    + "(another process, or another FileSessionStore in this one, holds \(lock))")
            }
        } catch {
            file.close()
            throw error
        }
        return file
    }
}
