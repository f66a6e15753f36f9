// The module's only import of the C library: the file calls the store makes, for Linux and Darwin.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The C calls whose names `FileDescriptor`'s methods reuse, reached from file scope where those methods do not hide them.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
private func systemClose(_ fd: Int32) { _ = close(fd) }

/// Flushes a file's data to stable storage: fdatasync on Linux; on Darwin F_FULLFSYNC, since its fsync
/// leaves the data in the drive's cache (fsync where the file system cannot do a full sync).
private func syncFileData(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return fdatasync(fd)
    #elseif canImport(Darwin)
    return fcntl(fd, F_FULLFSYNC) == 0 ? 0 : fsync(fd)
    #endif
}

/// An open file and the few system calls the store makes on it; every failure becomes a `StoreError`.
struct FileDescriptor {
    let raw: Int32
    let path: String

    /// Opens `path` read-write, creating it owner-only (0600) when `create` is set.
    static func open(_ path: String, create: Bool, truncate: Bool = false) throws -> FileDescriptor {
        var flags = O_RDWR | O_CLOEXEC
        if create { flags |= O_CREAT }
        if truncate { flags |= O_TRUNC }
        let fd = systemOpen(path, flags, 0o600)
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
        while syncFileData(raw) != 0 {
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
    func close() { systemClose(raw) }
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
    let fd = systemOpen(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
    guard fd >= 0 else { throw StoreError.system("cannot open directory", path) }
    defer { systemClose(fd) }
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
