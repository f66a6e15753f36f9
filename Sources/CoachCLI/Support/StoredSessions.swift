import CoachCore
import CoachServer
import CoachStore
import Foundation

/// Opens the durable session store for `coach chat --user NAME`, so a person can come back later.
enum StoredSessions {
    static func open(_ directory: String?, environment: [String: String]) throws -> SessionRepository? {
        let url = directory.map { URL(fileURLWithPath: $0) } ?? environment["COACH_STATE_DIR"].map { URL(fileURLWithPath: $0) }
            ?? StoreLocation.defaultDirectory(environment: environment)
        do {
            return StoreSessionRepository(store: try FileSessionStore(directory: url))
        } catch {
            Output.err("coach: cannot open the session store: \(error)\n")
            return nil
        }
    }
}
