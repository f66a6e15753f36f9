// The target's only import of the C library: users, temporary directories, child processes and a free port,
// for Linux and Darwin.
#if canImport(Glibc)
import Glibc

private let streamSocketType = Int32(SOCK_STREAM.rawValue)
#elseif canImport(Darwin)
import Darwin

private let streamSocketType = SOCK_STREAM
#endif

/// The C library calls the test cluster makes.
enum System {
    /// True when this process runs as root.
    static var isRoot: Bool { getuid() == 0 }

    /// The user and group ids of the `postgres` account, or nil when there is none.
    static func postgresAccount() -> (user: UInt32, group: UInt32)? {
        guard let entry = getpwnam("postgres") else { return nil }
        return (UInt32(entry.pointee.pw_uid), UInt32(entry.pointee.pw_gid))
    }

    /// Gives `path` to `account`.
    static func changeOwner(_ path: String, to account: (user: UInt32, group: UInt32)) {
        _ = chown(path, uid_t(account.user), gid_t(account.group))
    }

    /// A new directory `parent/prefixXXXXXX` (mkdtemp), or nil.
    static func makeTemporaryDirectory(in parent: String, prefix: String) -> String? {
        var template = Array((parent + "/" + prefix + "XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { return nil }
        return String(cString: made)
    }

    /// Runs `body` when the process exits normally.
    static func atExit(_ body: @escaping @convention(c) () -> Void) { _ = atexit(body) }

    /// Removes a file, ignoring errors.
    static func removeFile(_ path: String) { _ = unlink(path) }

    /// Runs `executable` with stdin from /dev/null and stdout and stderr into `outputPath` (posix_spawn and
    /// waitpid: Foundation's Process can miss the exit of a child whose grandchild, the server, lives on).
    /// Returns the exit status (128 + the signal for a killed child), or throws the reason it could not start.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], outputPath: String) throws -> Int32 {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #elseif canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw PostgresTestCluster.Failure.failed("cannot run \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// A 127.0.0.1 port nothing listens on now: bind port 0, read the port the kernel chose, close.
    static func freeLoopbackPort() -> UInt16? {
        let fd = socket(AF_INET, streamSocketType, 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        return bound ? UInt16(bigEndian: address.sin_port) : nil
    }
}
