import CoachPostgres
import CoachStore
import Foundation
import PostgresTestCluster
import XCTest

/// `PostgresSessionStore` on a real PostgreSQL: the same contract as the file store, plus turns shared
/// by several stores (instances) and deliveries answered once.
final class SessionStoreLiveTests: XCTestCase {
    func store(_ cluster: PostgresTestCluster, _ database: String, idleExpiry: TimeInterval = 3600) throws -> PostgresSessionStore {
        try PostgresSessionStore(configuration: try PostgresConfiguration(url: cluster.url(database: database)), idleExpiry: idleExpiry, maxConnections: 8)
    }

    func testSavesLoadsAndErasesKeepingOnlyTheKeyedHash() throws {
        let cluster = try liveCluster()
        let database = try liveDatabase(cluster)
        let sessions = try store(cluster, database)
        defer { try? sessions.close() }
        XCTAssertNil(sessions.load("telegram:42"))
        try sessions.save("telegram:42", Data("{\"state\":\"a\"}".utf8))
        try sessions.save("telegram:42", Data("{\"state\":\"b\"}".utf8))
        try sessions.save("twilio:+15550001", Data("{\"state\":\"c\"}".utf8))
        XCTAssertEqual(sessions.load("telegram:42"), Data("{\"state\":\"b\"}".utf8))
        XCTAssertEqual(sessions.count, 2)
        let rows = try cluster.psql("SELECT octet_length(key), convert_from(data, 'UTF8') FROM coach_sessions ORDER BY 2", database: database)
        XCTAssertEqual(rows, "32|{\"state\":\"b\"}\n32|{\"state\":\"c\"}\n")
        let everything = try cluster.psql("SELECT string_agg(encode(key, 'escape') || convert_from(data, 'UTF8'), '') FROM coach_sessions", database: database)
        XCTAssertFalse(everything.contains("42") && everything.contains("telegram"))
        XCTAssertFalse(everything.contains("15550001"))
        try sessions.erase("telegram:42")
        XCTAssertNil(sessions.load("telegram:42"))
        XCTAssertEqual(sessions.count, 1)
        XCTAssertEqual(try cluster.psql("SELECT count(*) FROM coach_sessions", database: database), "1\n")
    }

    func testTheSchemaIsVersionedAndASecondInstanceSharesTheKey() throws {
        let cluster = try liveCluster()
        let database = try liveDatabase(cluster)
        let first = try store(cluster, database)
        defer { try? first.close() }
        try first.save("api:ann", Data("x".utf8))
        let second = try store(cluster, database)
        defer { try? second.close() }
        XCTAssertEqual(second.load("api:ann"), Data("x".utf8))
        XCTAssertEqual(try cluster.psql("SELECT version FROM coach_schema_version", database: database), "1\n")
        XCTAssertEqual(try cluster.psql("SELECT count(*) FROM coach_secret", database: database), "1\n")
    }

    func testIdleSessionsExpireInSQL() throws {
        let cluster = try liveCluster()
        let database = try liveDatabase(cluster)
        let sessions = try store(cluster, database, idleExpiry: 1)
        defer { try? sessions.close() }
        try sessions.save("api:old", Data("x".utf8))
        XCTAssertEqual(sessions.load("api:old"), Data("x".utf8))
        Thread.sleep(forTimeInterval: 1.3)
        XCTAssertNil(sessions.load("api:old"))
        XCTAssertEqual(sessions.count, 0)
        XCTAssertEqual(try sessions.purgeExpired().sessions, 1)
        XCTAssertEqual(try cluster.psql("SELECT count(*) FROM coach_sessions", database: database), "0\n")
    }

    func testARepeatedDeliveryGetsTheSameReplyAndRunsOnce() throws {
        let cluster = try liveCluster()
        let database = try liveDatabase(cluster)
        let sessions = try store(cluster, database)
        defer { try? sessions.close() }
        var runs = 0
        let turn = { () throws -> Data in
            runs += 1
            try sessions.save("telegram:7", Data("turn \(runs)".utf8))
            return Data("reply \(runs)".utf8)
        }
        XCTAssertEqual(try sessions.once(user: "telegram:7", delivery: "telegram:update:100", turn), Data("reply 1".utf8))
        XCTAssertEqual(try sessions.once(user: "telegram:7", delivery: "telegram:update:100", turn), Data("reply 1".utf8))
        XCTAssertEqual(try sessions.once(user: "telegram:7", delivery: "telegram:update:101", turn), Data("reply 2".utf8))
        XCTAssertEqual(runs, 2)
        XCTAssertEqual(sessions.load("telegram:7"), Data("turn 2".utf8))
        XCTAssertEqual(try cluster.psql("SELECT count(*) FROM coach_deliveries", database: database), "2\n")
        // Erasing the user is one statement that also drops the replies remembered for them.
        try sessions.erase("telegram:7")
        XCTAssertEqual(try cluster.psql("SELECT (SELECT count(*) FROM coach_deliveries) + (SELECT count(*) FROM coach_sessions)", database: database), "0\n")
    }

    func testForgettingInsideATurnLeavesNothingLinkedToTheUser() throws {
        let cluster = try liveCluster()
        let database = try liveDatabase(cluster)
        let sessions = try store(cluster, database)
        defer { try? sessions.close() }
        _ = try sessions.once(user: "telegram:8", delivery: "telegram:update:1") { () throws -> Data in
            try sessions.save("telegram:8", Data("s".utf8))
            return Data("hello".utf8)
        }
        let forgotten = try sessions.once(user: "telegram:8", delivery: "telegram:update:2") { () throws -> Data in
            XCTAssertEqual(sessions.load("telegram:8"), Data("s".utf8))
            try sessions.erase("telegram:8")
            XCTAssertNil(sessions.load("telegram:8"))
            return Data("erased".utf8)
        }
        XCTAssertEqual(forgotten, Data("erased".utf8))
        XCTAssertEqual(try cluster.psql("SELECT count(*) FROM coach_sessions", database: database), "0\n")
        XCTAssertEqual(try cluster.psql("SELECT encode(user_key, 'hex') = repeat('00', 32), convert_from(reply, 'UTF8') FROM coach_deliveries", database: database),
                       "t|erased\n")
        XCTAssertEqual(try sessions.once(user: "telegram:8", delivery: "telegram:update:2") { Data("again".utf8) }, Data("erased".utf8))
    }

    func testAFailedTurnCommitsNothing() throws {
        let cluster = try liveCluster()
        let database = try liveDatabase(cluster)
        let sessions = try store(cluster, database)
        defer { try? sessions.close() }
        struct Boom: Error {}
        XCTAssertThrowsError(try sessions.once(user: "api:z", delivery: "twilio:message:SM1") { () throws -> Data in
            try sessions.save("api:z", Data("half".utf8))
            throw Boom()
        })
        XCTAssertNil(sessions.load("api:z"))
        XCTAssertEqual(try cluster.psql("SELECT count(*) FROM coach_deliveries", database: database), "0\n")
    }

    /// Two stores (as two instances) and eight threads increment one user's counter: every increment lands once.
    func testOneUsersTurnsAreSerialisedAcrossInstances() throws {
        let cluster = try liveCluster()
        let database = try liveDatabase(cluster)
        let stores = [try store(cluster, database), try store(cluster, database)]
        defer { stores.forEach { try? $0.close() } }
        let perThread = 25, threads = 8
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            let sessions = stores[thread % 2]
            for _ in 0..<perThread {
                let increment = { () throws -> Data in
                    let current = sessions.load("api:counter").flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 0
                    try sessions.save("api:counter", Data(String(current + 1).utf8))
                    return Data()
                }
                do { _ = try sessions.once(user: "api:counter", delivery: nil, increment) } catch { XCTFail("\(error)") }
            }
        }
        XCTAssertEqual(stores[0].load("api:counter"), Data(String(perThread * threads).utf8))
    }
}
