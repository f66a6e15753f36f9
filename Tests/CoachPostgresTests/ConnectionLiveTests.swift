import CoachPostgres
import PostgresTestCluster
import XCTest

/// The client against a real PostgreSQL 15 started by the tests (SCRAM-SHA-256 authentication).
final class ConnectionLiveTests: XCTestCase {
    func configuration(_ cluster: PostgresTestCluster, password: String? = nil, database: String = "postgres") throws -> PostgresConfiguration {
        var configuration = try PostgresConfiguration(url: cluster.url(database: database))
        if let password { configuration.password = password }
        return configuration
    }

    func testAuthenticatesWithSCRAMAndBindsParametersWithoutSplicingThemIntoSQL() throws {
        let cluster = try liveCluster()
        let connection = try PostgresConnection.connect(try configuration(cluster))
        defer { connection.close() }
        XCTAssertEqual(connection.serverParameters["server_version"]?.hasPrefix("15"), true)
        let hostile = "'); DROP TABLE pg_class; --"
        let result = try connection.query("SELECT $1::text || '!' AS greeting, $2::int8 + 1 AS next, $3::bytea AS raw, $4::text IS NULL AS missing",
                                          [.text(hostile), .int8(41), .bytea([0, 1, 255]), .null])
        XCTAssertEqual(result.columns.map(\.name), ["greeting", "next", "raw", "missing"])
        XCTAssertEqual(result.text(column: 0), hostile + "!")
        XCTAssertEqual(result.integer(column: 1), 42)
        XCTAssertEqual(result.bytes(column: 2), [0, 1, 255])
        XCTAssertEqual(result.bool(column: 3), true)
        XCTAssertEqual(result.tag, "SELECT 1")
    }

    func testAWrongPasswordIsAClearError() throws {
        let cluster = try liveCluster()
        XCTAssertThrowsError(try PostgresConnection.connect(try configuration(cluster, password: "wrong"))) { error in
            XCTAssertEqual("\(error)", "PostgreSQL FATAL 28P01 (invalid_password): password authentication failed for user \"coach\"")
        }
    }

    func testAMissingDatabaseIsAClearError() throws {
        let cluster = try liveCluster()
        XCTAssertThrowsError(try PostgresConnection.connect(try configuration(cluster, database: "no_such_db"))) { error in
            XCTAssertEqual("\(error)", "PostgreSQL FATAL 3D000 (invalid_catalog_name): database \"no_such_db\" does not exist")
        }
    }

    func testServerErrorsAreClearAndTheConnectionStaysUsable() throws {
        let cluster = try liveCluster()
        let connection = try PostgresConnection.connect(try configuration(cluster))
        defer { connection.close() }
        XCTAssertThrowsError(try connection.query("SELECT * FROM no_such_table")) { error in
            XCTAssertEqual("\(error)", "PostgreSQL ERROR 42P01 (undefined_table): relation \"no_such_table\" does not exist")
        }
        try connection.query("CREATE TEMPORARY TABLE t (id int PRIMARY KEY)")
        try connection.query("INSERT INTO t VALUES ($1)", [.int4(1)])
        XCTAssertThrowsError(try connection.query("INSERT INTO t VALUES ($1)", [.int4(1)])) { error in
            XCTAssertEqual("\(error)", "PostgreSQL ERROR 23505 (unique_violation): duplicate key value violates unique constraint \"t_pkey\"; Key (id)=(1) already exists.")
        }
        XCTAssertFalse(connection.isBroken)
        XCTAssertEqual(try connection.query("SELECT count(*) FROM t").integer(), 1)
    }

    func testAPipelineRunsInOneRoundTripAndStopsAtTheFirstError() throws {
        let cluster = try liveCluster()
        let connection = try PostgresConnection.connect(try configuration(cluster))
        defer { connection.close() }
        let results = try connection.pipeline([PostgresStatement("SELECT $1::int8 * 2", [.int8(21)]), PostgresStatement("SELECT 'b'::text")])
        XCTAssertEqual(results.map { $0.tag }, ["SELECT 1", "SELECT 1"])
        XCTAssertEqual(results[0].integer(), 42)
        XCTAssertEqual(results[1].text(), "b")
        try connection.query("CREATE TEMPORARY TABLE p (id int)")
        XCTAssertThrowsError(try connection.pipeline([PostgresStatement("INSERT INTO p VALUES (1)"), PostgresStatement("SELECT 1/0"),
                                                      PostgresStatement("INSERT INTO p VALUES (2)")])) { error in
            XCTAssertEqual("\(error)", "PostgreSQL ERROR 22012: division by zero")
        }
        // One Sync makes the three one implicit transaction: the first insert is rolled back with it.
        XCTAssertEqual(try connection.query("SELECT count(*) FROM p").integer(), 0)
    }

    func testAnAbortedTransactionIsRolledBackAndReported() throws {
        let cluster = try liveCluster()
        let pool = PostgresPool(configuration: try configuration(cluster), maxConnections: 1)
        defer { pool.close() }
        XCTAssertThrowsError(try pool.transaction { connection in try connection.query("SELECT 1/0") }) { error in
            XCTAssertEqual("\(error)", "PostgreSQL ERROR 22012: division by zero")
        }
        XCTAssertEqual(try pool.withConnection { connection in connection.transactionStatus }, .idle)
    }

    func testThePoolRecoversByItselfAfterTheServerRestarts() throws {
        let cluster = try liveCluster()
        let pool = PostgresPool(configuration: try configuration(cluster), maxConnections: 2)
        defer { pool.close() }
        let before = try pool.withConnection { try $0.query("SELECT pg_backend_pid()").integer() }
        try cluster.stopServer()
        XCTAssertThrowsError(try pool.transaction { try $0.query("SELECT 1") }) { error in
            XCTAssertTrue((error as? PostgresError)?.breaksConnection == true, "\(error)")
            XCTAssertTrue("\(error)".hasPrefix("PostgreSQL connection: "), "\(error)")
        }
        try cluster.startServer()
        // The first transaction after the restart succeeds: a dead pooled connection is replaced at BEGIN.
        let after = try pool.transaction { try $0.query("SELECT pg_backend_pid()").integer() }
        XCTAssertNotNil(after)
        XCTAssertNotEqual(before, after)
    }

    func testAReusedConnectionFoundDeadAtBeginIsReplacedOnce() throws {
        let cluster = try liveCluster()
        let pool = PostgresPool(configuration: try configuration(cluster), maxConnections: 2)
        defer { pool.close() }
        _ = try pool.withConnection { try $0.query("SELECT 1") }
        try cluster.stopServer()
        try cluster.startServer()
        XCTAssertEqual(try pool.transaction { try $0.query("SELECT 7").integer() }, 7)
    }

    /// Makes `Exchanges/session.txt` afresh: `COACH_PG_RECORD=1 swift test --filter testRecordSession`.
    func testRecordSession() throws {
        guard ProcessInfo.processInfo.environment["COACH_PG_RECORD"] != nil else { throw XCTSkip("set COACH_PG_RECORD=1 to record Exchanges/session.txt") }
        let cluster = try liveCluster()
        try cluster.psql("CREATE ROLE recorder LOGIN PASSWORD 'pencil'", database: "postgres")
        let recorder = RecordingTransport(try SocketTransport(host: "127.0.0.1", port: cluster.port, connectTimeout: 5, ioTimeout: 5))
        let connection = PostgresConnection(transport: recorder)
        try RecordedSessionTests.play(connection)
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Exchanges/session.txt")
        try ("# PostgreSQL 15: startup as recorder/pencil, SCRAM-SHA-256, three statements, Terminate. Recorded by testRecordSession.\n"
             + recorder.exchange.text).write(to: url, atomically: true, encoding: .utf8)
    }
}
