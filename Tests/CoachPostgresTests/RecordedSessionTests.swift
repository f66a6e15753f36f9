import CoachPostgres
import XCTest

/// The client replayed against a byte-for-byte recording of a real PostgreSQL 15 session: the client must
/// send exactly the recorded bytes (startup, SCRAM proof, Parse/Bind/Describe/Execute/Sync, Terminate)
/// and make the same sense of the server's.
final class RecordedSessionTests: XCTestCase {
    static let nonce = "recordedClientNonce0123456789AB"

    /// What the recording holds, and what the replay checks.
    static func play(_ connection: PostgresConnection) throws {
        try connection.startup(user: "recorder", database: "postgres", password: "pencil", scramNonce: nonce)
        let row = try connection.query("SELECT $1::text || '!' AS greeting, $2::int8 + 1 AS next, $3::bytea AS raw",
                                       [.text("hi"), .int8(41), .bytea([0, 1, 255])])
        XCTAssertEqual(row.text(column: 0), "hi!")
        XCTAssertEqual(row.integer(column: 1), 42)
        XCTAssertEqual(row.bytes(column: 2), [0, 1, 255])
        XCTAssertThrowsError(try connection.query("SELECT * FROM no_such_table")) { error in
            XCTAssertEqual("\(error)", "PostgreSQL ERROR 42P01 (undefined_table): relation \"no_such_table\" does not exist")
        }
        let empty = try connection.query("SELECT NULL::text AS nothing")
        XCTAssertEqual(empty.rows, [[nil]])
        XCTAssertEqual(connection.transactionStatus, .idle)
        connection.close()
    }

    func testReplaysARecordedSession() throws {
        let transport = ScriptedTransport(try Exchange.named("session"))
        let connection = PostgresConnection(transport: transport)
        try Self.play(connection)
        XCTAssertTrue(transport.finished, "the client did not send and read the whole recording")
        XCTAssertTrue(transport.closed)
    }

    func testAWrongPasswordSendsADifferentProofAndTheServersErrorIsReported() throws {
        // The same recording up to the client's proof; the server then refuses it, as PostgreSQL does.
        var steps = try Exchange.named("session").steps
        let proofIndex = steps.firstIndex { if case .client(let bytes) = $0 { return bytes.first == UInt8(ascii: "p") && String(decoding: bytes, as: UTF8.self).contains("c=biws") } else { return false } }!
        steps = Array(steps[..<proofIndex])
        var client = SCRAMClient(password: "not-pencil", clientNonce: Self.nonce)
        var serverFirst = ""
        for case .server(let bytes) in steps { serverFirst = String(decoding: bytes.dropFirst(9), as: UTF8.self) }
        let final = try client.clientFinal(serverFirst: serverFirst)
        steps.append(.client(FrontendMessage.saslResponse(Array(final.utf8)).encoded()))
        var refusal: [UInt8] = [UInt8(ascii: "E"), 0, 0, 0, 0]
        for (code, value) in [("S", "FATAL"), ("V", "FATAL"), ("C", "28P01"), ("M", "password authentication failed for user \"recorder\"")] {
            refusal += Array(code.utf8) + Array(value.utf8) + [0]
        }
        refusal.append(0)
        let length = UInt32(refusal.count - 1)
        refusal[1...4] = [UInt8(length >> 24), UInt8(truncatingIfNeeded: length >> 16), UInt8(truncatingIfNeeded: length >> 8), UInt8(truncatingIfNeeded: length)]
        steps.append(.server(refusal))
        let transport = ScriptedTransport(Exchange(steps: steps))
        let connection = PostgresConnection(transport: transport)
        XCTAssertThrowsError(try connection.startup(user: "recorder", database: "postgres", password: "not-pencil", scramNonce: Self.nonce)) { error in
            XCTAssertEqual("\(error)", "PostgreSQL FATAL 28P01 (invalid_password): password authentication failed for user \"recorder\"")
        }
        XCTAssertTrue(connection.isBroken)
        XCTAssertTrue(transport.finished)
    }
}
