import CoachPostgres
import CoachStore
import Foundation

/// Where `coach serve` keeps sessions: the file store in a directory (the default), or PostgreSQL shared
/// by several instances (`--store postgres://USER:PASSWORD@HOST:PORT/DB`, `COACH_STORE`, `DATABASE_URL`).
struct ServeStore {
    let sessions: SessionStore
    /// Serialises each user's turns and remembers answered deliveries.
    let ledger: TurnLedger
    /// For the startup line: the directory, or the database URL without its password.
    let description: String
    /// What opening the store found worth telling the operator.
    let openingNotes: [String]
    /// A user's stand-in in logs: the start of the store's keyed hash.
    let pseudonym: @Sendable (String) -> String
    private let closeAll: () throws -> Void

    /// The store URL from `--store`, else `COACH_STORE`, else `DATABASE_URL`; nil means the file store.
    static func url(option: String?, environment: [String: String]) -> String? {
        for value in [option, environment["COACH_STORE"], environment["DATABASE_URL"]] {
            if let value, !value.isEmpty { return value }
        }
        return nil
    }

    /// Opens the store the configuration names. Throws `UsageError` for a store URL of an unknown kind.
    static func open(url: String?, directory: URL, idleExpiry: TimeInterval) throws -> ServeStore {
        if let url, url != "file" {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw UsageError("--store takes postgres://USER:PASSWORD@HOST:PORT/DB (or 'file'), not '\(url.prefix(40))'")
            }
            let configuration: PostgresConfiguration
            do {
                configuration = try PostgresConfiguration(url: url)
            } catch {
                throw UsageError("--store: \(error)")
            }
            let store = try PostgresSessionStore(configuration: configuration, idleExpiry: idleExpiry)
            return ServeStore(sessions: store, ledger: store, description: configuration.redacted, openingNotes: [],
                              pseudonym: store.pseudonym(for:), closeAll: store.close)
        }
        let sessions = try FileSessionStore(directory: directory, idleExpiry: idleExpiry)
        let deliveries: FileSessionStore
        do {
            deliveries = try FileSessionStore(directory: directory.appendingPathComponent("deliveries"), idleExpiry: 24 * 3600)
        } catch {
            try? sessions.close()
            throw error
        }
        return ServeStore(sessions: sessions, ledger: LocalTurnLedger(deliveries: deliveries, window: 24 * 3600), description: directory.path,
                          openingNotes: sessions.openingNotes, pseudonym: sessions.pseudonym(for:)) {
            defer { try? deliveries.close() }
            try sessions.close()
        }
    }

    func close() throws { try closeAll() }
}
