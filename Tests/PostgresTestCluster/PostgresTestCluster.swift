import Foundation
import Synchronization

/// A throwaway PostgreSQL cluster for tests: initdb into a temporary directory, a server on 127.0.0.1
/// on a free port with SCRAM-SHA-256 password authentication for the user `coach`, stopped by `destroy`.
/// As root (CI), initdb and postgres run as the `postgres` user, since both refuse to run as root.
public final class PostgresTestCluster: Sendable {
    /// Why a cluster could not be had: the binaries are missing (skip, outside CI) or something failed.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case unavailable(String)
        case failed(String)
        public var description: String {
            switch self {
            case .unavailable(let reason): return "PostgreSQL is not available: \(reason)"
            case .failed(let reason): return "PostgreSQL test cluster: \(reason)"
            }
        }
    }

    public let binDirectory: String
    public let root: String
    public let port: UInt16
    public let user = "coach"
    public let password = "pencil-\(UInt32.random(in: 0...UInt32.max))"
    private var dataDirectory: String { root + "/data" }

    /// The PostgreSQL 15 binaries: `$COACH_PG_BIN`, /usr/lib/postgresql/15/bin, or pg_ctl on the PATH.
    public static func findBinaries() -> String? {
        var candidates = ["/usr/lib/postgresql/15/bin"]
        if let configured = ProcessInfo.processInfo.environment["COACH_PG_BIN"] { candidates.insert(configured, at: 0) }
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") { candidates.append(String(directory)) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") && FileManager.default.isExecutableFile(atPath: $0 + "/pg_ctl") }
    }

    /// Creates and starts a cluster.
    public static func start() throws -> PostgresTestCluster {
        guard let bin = findBinaries() else { throw Failure.unavailable("no initdb and pg_ctl in /usr/lib/postgresql/15/bin, $COACH_PG_BIN or the PATH") }
        if System.isRoot && System.postgresAccount() == nil { throw Failure.unavailable("running as root and there is no postgres user to run the server as") }
        let cluster = try PostgresTestCluster(bin: bin)
        do {
            try cluster.initialise()
            try cluster.startServer()
        } catch {
            cluster.destroy()
            throw error
        }
        return cluster
    }

    private init(bin: String) throws {
        binDirectory = bin
        // As root the server runs as `postgres`, which must reach the directory: /tmp, whatever TMPDIR says.
        let parent = System.isRoot ? "/tmp" : NSTemporaryDirectory()
        guard let made = System.makeTemporaryDirectory(in: parent, prefix: "coach-pg-") else { throw Failure.failed("cannot create a temporary directory") }
        root = made
        guard let free = LoopbackPort.free() else { throw Failure.failed("cannot find a free port") }
        port = free
    }

    /// `postgres://coach:PASSWORD@127.0.0.1:PORT/DATABASE`.
    public func url(database: String = "postgres") -> String { "postgres://\(user):\(password)@127.0.0.1:\(port)/\(database)" }

    /// Creates a database (the name is the test's own constant).
    public func createDatabase(_ name: String) throws {
        try run(binDirectory + "/psql", ["-X", "-q", "-h", "127.0.0.1", "-p", String(port), "-U", user, "-d", "postgres",
                                         "-c", "CREATE DATABASE \(name)"], environment: ["PGPASSWORD": password])
    }

    /// Runs SQL through psql and returns its unaligned, tuples-only output.
    @discardableResult
    public func psql(_ sql: String, database: String) throws -> String {
        try run(binDirectory + "/psql", ["-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p", String(port), "-U", user, "-d", database, "-c", sql],
                environment: ["PGPASSWORD": password])
    }

    /// Starts (or restarts) the server and waits until it accepts connections.
    public func startServer() throws {
        let options = "-p \(port) -h 127.0.0.1 -k \(root) -c fsync=off -c max_connections=200"
        try runAsOwner(binDirectory + "/pg_ctl", ["-D", dataDirectory, "-l", root + "/server.log", "-w", "-t", "60", "-o", options, "start"])
    }

    /// Stops the server (fast shutdown: sessions are ended, as in an operator's restart).
    public func stopServer() throws {
        try runAsOwner(binDirectory + "/pg_ctl", ["-D", dataDirectory, "-w", "-t", "60", "-m", "fast", "stop"])
    }

    /// Stops the server if it runs and deletes the cluster.
    public func destroy() {
        _ = try? runAsOwner(binDirectory + "/pg_ctl", ["-D", dataDirectory, "-w", "-t", "30", "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The server's log, for failure messages.
    public var serverLog: String { (try? String(contentsOfFile: root + "/server.log", encoding: .utf8)) ?? "" }

    private func initialise() throws {
        let passwordFile = root + "/password"
        try password.write(toFile: passwordFile, atomically: false, encoding: .utf8)
        if System.isRoot, let owner = System.postgresAccount() {
            for path in [root, passwordFile] { System.changeOwner(path, to: owner) }
        }
        try runAsOwner(binDirectory + "/initdb", ["-D", dataDirectory, "-U", user, "--pwfile=" + passwordFile, "--auth-host=scram-sha-256",
                                                  "--auth-local=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"])
    }

    /// Runs a server binary as the cluster's owner: `postgres` when we are root, else ourselves.
    @discardableResult
    private func runAsOwner(_ executable: String, _ arguments: [String]) throws -> String {
        if System.isRoot {
            let runuser = ["/usr/sbin/runuser", "/sbin/runuser"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/sbin/runuser"
            return try run(runuser, ["-u", "postgres", "--", executable] + arguments)
        }
        return try run(executable, arguments)
    }

    /// Runs a program to completion, its output in a file; throws with the output on failure.
    @discardableResult
    private func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let outputPath = root + "/command-\(UInt64.random(in: 0...UInt64.max)).out"
        defer { System.removeFile(outputPath) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let exited = try System.run(executable, arguments, environment: env, outputPath: outputPath)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard exited == 0 else {
            throw Failure.failed("\((executable as NSString).lastPathComponent) \(arguments.joined(separator: " ")) exited \(exited): \(text)")
        }
        return text
    }
}

/// One cluster per test process, started on first use and destroyed when the process exits.
public enum SharedPostgresCluster {
    private static let outcome = Mutex<Result<PostgresTestCluster, PostgresTestCluster.Failure>?>(nil)

    /// The shared cluster, or the reason there is none (remembered, so a missing PostgreSQL is reported once per test quickly).
    public static func get() -> Result<PostgresTestCluster, PostgresTestCluster.Failure> {
        outcome.withLock { outcome in
            if let outcome { return outcome }
            let result: Result<PostgresTestCluster, PostgresTestCluster.Failure>
            do {
                result = .success(try PostgresTestCluster.start())
                System.atExit { if case .success(let cluster)? = SharedPostgresCluster.outcome.withLock({ $0 }) { cluster.destroy() } }
            } catch let failure as PostgresTestCluster.Failure {
                result = .failure(failure)
            } catch {
                result = .failure(.failed("\(error)"))
            }
            outcome = result
            return result
        }
    }
}
