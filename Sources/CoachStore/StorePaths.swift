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

    /// Creates the directory (owner-only, 0700) if needed, or checks that it is one. An existing directory
    /// that others may enter or list (any group or other permission) is tightened to 0700; the returned
    /// note says so. A directory owned by another user is refused rather than changed.
    @discardableResult
    func prepareDirectory() throws -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw StoreError("session store: \(directory) exists but is not a directory")
            }
            return try tightenPermissions()
        }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError("session store: cannot create directory \(directory): \(error.localizedDescription)")
        }
        try syncDirectory((directory as NSString).deletingLastPathComponent)  // make the new entry durable
        return nil
    }

    /// Sets an existing directory's mode to 0700 when group or others have any access; a note when it did.
    private func tightenPermissions() throws -> String? {
        let mode = try directoryMode(directory)
        guard mode.permissions & 0o077 != 0 else { return nil }
        guard mode.owner == currentUserID() else {
            throw StoreError("session store: \(directory) has mode \(octal(mode.permissions)) and belongs to another user; "
                + "make it owner-only (chmod 700) or choose another directory")
        }
        try changeMode(directory, to: 0o700)
        return "session store: tightened \(directory) from mode \(octal(mode.permissions)) to 0700 (sessions are private)"
    }

    private func octal(_ mode: UInt32) -> String { "0" + String(mode, radix: 8) }

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
