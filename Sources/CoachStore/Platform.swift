import Glibc

/// An open file and the few system calls the store makes on it; every failure becomes a `StoreError`.
struct FileDescriptor {
    let raw: Int32
    let path: String

    /// Opens `path` read-write, creating it owner-only (0600) when `create` is set.
    static func open(_ path: String, create: Bool, truncate: Bool = false) throws -> FileDescriptor {
        var flags = O_RDWR | O_CLOEXEC
        if create { flags |= O_CREAT }
        if truncate { flags |= O_TRUNC }
        let fd = Glibc.open(path, flags, 0o600)
        guard fd >= 0 else { throw StoreError.system("cannot open", path) }
        return FileDescriptor(raw: fd, path: path)
    }

    /// Writes all of `bytes` at `offset`, retrying short writes and interruptions.
    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        var done = 0
        while done < bytes.count {
            let n = pwrite(raw, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw StoreError.system("cannot write", path) }
            done += n
        }
    }

    /// The whole file's contents.
    func readAll() throws -> [UInt8] {
        var info = stat()
        guard fstat(raw, &info) == 0 else { throw StoreError.system("cannot stat", path) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        try bytes.withUnsafeMutableBytes { buffer in
            while done < buffer.count {
                let n = pread(raw, buffer.baseAddress! + done, buffer.count - done, off_t(done))
                if n < 0 && errno == EINTR { continue }
                guard n >= 0 else { throw StoreError.system("cannot read", path) }
                if n == 0 { break }
                done += n
            }
        }
        return Array(bytes.prefix(done))
    }

    /// Makes written data (and the size needed to read it) durable.
    func syncData() throws {
        while fdatasync(raw) != 0 {
            guard errno == EINTR else { throw StoreError.system("cannot fdatasync", path) }
        }
    }

    /// Cuts the file to `size` bytes.
    func truncate(to size: Int) throws {
        guard ftruncate(raw, off_t(size)) == 0 else { throw StoreError.system("cannot truncate", path) }
    }

    /// Takes an exclusive advisory lock without blocking; false when someone else holds it.
    func tryLockExclusive() throws -> Bool {
        if flock(raw, LOCK_EX | LOCK_NB) == 0 { return true }
        if errno == EWOULDBLOCK { return false }
        throw StoreError.system("cannot lock", path)
    }

    /// Closes the descriptor (releasing any lock it holds).
    func close() { _ = Glibc.close(raw) }
}

/// Renames `from` over `to` atomically.
func renameFile(_ from: String, _ to: String) throws {
    guard rename(from, to) == 0 else { throw StoreError.system("cannot rename to \(to):", from) }
}

/// Removes `path` if it exists.
func removeFileIfPresent(_ path: String) throws {
    guard unlink(path) == 0 || errno == ENOENT else { throw StoreError.system("cannot remove", path) }
}

/// Makes the directory's entries (creations, renames) durable.
func syncDirectory(_ path: String) throws {
    let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw StoreError.system("cannot open directory", path) }
    defer { _ = Glibc.close(fd) }
    guard fsync(fd) == 0 else { throw StoreError.system("cannot fsync directory", path) }
}

/// The C library's message for the current `errno`.
func currentErrnoMessage() -> String { String(cString: strerror(errno)) }

/// A directory's owner and permission bits.
func directoryMode(_ path: String) throws -> (owner: UInt32, permissions: UInt32) {
    var info = stat()
    guard stat(path, &info) == 0 else { throw StoreError.system("cannot stat", path) }
    return (UInt32(info.st_uid), UInt32(info.st_mode) & 0o7777)
}

/// The effective user id of this process.
func currentUserID() -> UInt32 { UInt32(geteuid()) }

/// Sets a file's permission bits.
func changeMode(_ path: String, to mode: UInt32) throws {
    guard chmod(path, mode_t(mode)) == 0 else { throw StoreError.system("cannot chmod", path) }
}
