import PostgresTestCluster
import XCTest

extension XCTestCase {
    /// The shared throwaway PostgreSQL cluster. When PostgreSQL is missing the test is skipped, saying so,
    /// except in CI (the `CI` environment variable is set), where it fails.
    func liveCluster(file: StaticString = #filePath, line: UInt = #line) throws -> PostgresTestCluster {
        switch SharedPostgresCluster.get() {
        case .success(let cluster): return cluster
        case .failure(.unavailable(let reason)) where ProcessInfo.processInfo.environment["CI"] == nil:
            throw XCTSkip("PostgreSQL is not installed, so this test is skipped (in CI it fails): \(reason)")
        case .failure(let failure):
            XCTFail("\(failure)", file: file, line: line)
            throw failure
        }
    }

    /// A fresh database on the shared cluster, named after the test.
    func liveDatabase(_ cluster: PostgresTestCluster, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let name = "t_" + name.lowercased().filter { $0.isLetter || $0.isNumber }.suffix(40) + "_\(UInt16.random(in: 0...UInt16.max))"
        try cluster.createDatabase(name)
        return name
    }
}
