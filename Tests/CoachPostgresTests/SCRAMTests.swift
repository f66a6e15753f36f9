import CoachPostgres
import XCTest

/// SCRAM-SHA-256 against the exchange in RFC 7677 §3 (user "user", password "pencil").
final class SCRAMTests: XCTestCase {
    let serverFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"

    func testRFC7677Exchange() throws {
        var client = SCRAMClient(username: "user", password: "pencil", clientNonce: "rOprNGfwEbeRWgbNEkqO")
        XCTAssertEqual(client.clientFirst, "n,,n=user,r=rOprNGfwEbeRWgbNEkqO")
        XCTAssertEqual(try client.clientFinal(serverFirst: serverFirst),
                       "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
        XCTAssertNoThrow(try client.verify(serverFinal: "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="))
    }

    func testWrongServerSignatureIsRefused() throws {
        var client = SCRAMClient(username: "user", password: "pencil", clientNonce: "rOprNGfwEbeRWgbNEkqO")
        _ = try client.clientFinal(serverFirst: serverFirst)
        XCTAssertThrowsError(try client.verify(serverFinal: "v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")) { error in
            XCTAssertEqual("\(error)", "PostgreSQL authentication: the server's SCRAM signature is wrong (it does not know the password)")
        }
        XCTAssertThrowsError(try client.verify(serverFinal: "e=invalid-proof")) { error in
            XCTAssertEqual("\(error)", "PostgreSQL authentication: the server refused SCRAM: invalid-proof")
        }
    }

    func testServerNonceMustExtendTheClients() {
        var client = SCRAMClient(password: "pencil", clientNonce: "abc")
        XCTAssertThrowsError(try client.clientFinal(serverFirst: "r=xyz123,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")) { error in
            XCTAssertEqual("\(error)", "PostgreSQL authentication: the server's SCRAM nonce does not extend ours")
        }
    }

    func testEmptyUserNameAsPostgreSQLSendsIt() {
        XCTAssertEqual(SCRAMClient(password: "x", clientNonce: "n0nce").clientFirst, "n,,n=,r=n0nce")
    }
}
