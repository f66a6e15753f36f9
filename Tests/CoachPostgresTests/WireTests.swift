import CoachPostgres
import XCTest

/// Message encodings and decodings checked byte for byte against the protocol's "Message Formats".
final class WireTests: XCTestCase {
    func testFrontendEncodings() {
        let cases: [(String, FrontendMessage, [UInt8])] = [
            ("startup", .startup(parameters: [("user", "u"), ("database", "d")]),
             [0, 0, 0, 27, 0, 3, 0, 0] + Array("user\0u\0database\0d\0\0".utf8)),
            ("sync", .sync, [0x53, 0, 0, 0, 4]),
            ("terminate", .terminate, [0x58, 0, 0, 0, 4]),
            ("parse", .parse(query: "SELECT $1", parameterTypes: [25]),
             [0x50, 0, 0, 0, 21, 0] + Array("SELECT $1\0".utf8) + [0, 1, 0, 0, 0, 25]),
            ("bind", .bind(parameters: [[0x61], nil]),
             [0x42, 0, 0, 0, 25, 0, 0, 0, 1, 0, 1, 0, 2, 0, 0, 0, 1, 0x61, 0xFF, 0xFF, 0xFF, 0xFF, 0, 1, 0, 1]),
            ("describe portal", .describePortal, [0x44, 0, 0, 0, 6, 0x50, 0]),
            ("execute", .execute, [0x45, 0, 0, 0, 9, 0, 0, 0, 0, 0]),
            ("SASL initial", .saslInitialResponse(mechanism: "SCRAM-SHA-256", data: Array("n,,".utf8)),
             [0x70, 0, 0, 0, 25] + Array("SCRAM-SHA-256\0".utf8) + [0, 0, 0, 3] + Array("n,,".utf8)),
        ]
        for (name, message, bytes) in cases { XCTAssertEqual(message.encoded(), bytes, name) }
    }

    func testBackendDecodings() throws {
        let error = [UInt8]("SERROR\0VERROR\0C42601\0Msyntax error at or near \"SELEC\"\0P1\0\0".utf8)
        let cases: [(String, UInt8, [UInt8], BackendMessage)] = [
            ("ok", 0x52, [0, 0, 0, 0], .authentication(.ok)),
            ("SASL", 0x52, [0, 0, 0, 10] + Array("SCRAM-SHA-256-PLUS\0SCRAM-SHA-256\0\0".utf8),
             .authentication(.sasl(mechanisms: ["SCRAM-SHA-256-PLUS", "SCRAM-SHA-256"]))),
            ("ready in failed transaction", 0x5A, [0x45], .readyForQuery(.failed)),
            ("data row with NULL", 0x44, [0, 2, 0, 0, 0, 1, 0x37, 0xFF, 0xFF, 0xFF, 0xFF], .dataRow([[0x37], nil])),
            ("command complete", 0x43, Array("INSERT 0 1\0".utf8), .commandComplete(tag: "INSERT 0 1")),
        ]
        for (name, type, body, expected) in cases {
            XCTAssertEqual(try BackendMessage.decode(type: type, body: body[...]), expected, name)
        }
        guard case .errorResponse(let message) = try BackendMessage.decode(type: 0x45, body: error[...]) else { return XCTFail("not an error") }
        XCTAssertEqual("\(PostgresError.server(message))", "PostgreSQL ERROR 42601 (syntax_error): syntax error at or near \"SELEC\"")
        XCTAssertFalse(PostgresError.server(message).breaksConnection)
    }

    func testTruncatedMessagesAreProtocolErrorsNotCrashes() {
        XCTAssertThrowsError(try BackendMessage.decode(type: 0x44, body: [0, 1, 0, 0, 0, 9, 1][...])) { error in
            XCTAssertEqual("\(error)", "PostgreSQL protocol: a message ended early")
        }
        XCTAssertThrowsError(try BackendMessage.decode(type: 0x21, body: [][...])) { error in
            XCTAssertEqual("\(error)", "PostgreSQL protocol: unexpected message type '!'")
        }
    }

    func testConnectionStrings() throws {
        let parsed = try PostgresConfiguration(url: "postgres://coach:p%40ss%3Aword@db.internal:6543/sessions?sslmode=disable&connect_timeout=2&pool_size=8")
        XCTAssertEqual(parsed.host, "db.internal")
        XCTAssertEqual(parsed.port, 6543)
        XCTAssertEqual(parsed.user, "coach")
        XCTAssertEqual(parsed.password, "p@ss:word")
        XCTAssertEqual(parsed.database, "sessions")
        XCTAssertEqual(parsed.connectTimeout, 2)
        XCTAssertEqual(parsed.poolSize, 8)
        XCTAssertEqual(parsed.redacted, "postgres://coach@db.internal:6543/sessions")
        let defaults = try PostgresConfiguration(url: "postgresql://me@localhost")
        XCTAssertEqual([defaults.database, String(defaults.port)], ["me", "5432"])
        XCTAssertNil(defaults.password)
        let refusals: [(String, String)] = [
            ("mysql://u@h/d", "PostgreSQL connection string: expected postgres://USER:PASSWORD@HOST:PORT/DATABASE"),
            ("postgres://h/d", "PostgreSQL connection string: the URL names no user"),
            ("postgres://u@h/d?sslmode=require", "PostgreSQL connection string: sslmode=require needs TLS, which this client does not speak; reach the database over a private network or a local TLS proxy and use sslmode=disable"),
            ("postgres://u@h/d?pool=3", "PostgreSQL connection string: unknown parameter 'pool'"),
            ("postgres://u@h/d?pool_size=0", "PostgreSQL connection string: pool_size takes a number from 1 to 1000"),
        ]
        for (url, message) in refusals {
            XCTAssertThrowsError(try PostgresConfiguration(url: url), url) { XCTAssertEqual("\($0)", message) }
        }
    }
}
