import CoachPostgres

/// The store's tables, created and migrated by whichever `coach serve` starts first, under an advisory
/// lock so that instances starting together do not race. `coach_schema_version` records each step.
enum PostgresSchema {
    /// Each version's statements, applied in order inside one transaction.
    static let migrations: [(version: Int, statements: [String])] = [
        (1, [
            // The random key user ids are hashed with, shared by every instance.
            "CREATE TABLE coach_secret (id smallint PRIMARY KEY CHECK (id = 1), key bytea NOT NULL CHECK (octet_length(key) = 32))",
            // What the file store holds: the keyed hash, the session's bytes, when it was last saved.
            "CREATE TABLE coach_sessions (key bytea PRIMARY KEY, data bytea NOT NULL, last_seen timestamptz NOT NULL)",
            "CREATE INDEX coach_sessions_last_seen ON coach_sessions (last_seen)",
            // Answered webhook deliveries (Telegram update_id, Twilio MessageSid), by keyed hash, for a while.
            "CREATE TABLE coach_deliveries (key bytea PRIMARY KEY, user_key bytea NOT NULL, reply bytea NOT NULL, created timestamptz NOT NULL)",
            "CREATE INDEX coach_deliveries_user_key ON coach_deliveries (user_key)",
            "CREATE INDEX coach_deliveries_created ON coach_deliveries (created)",
        ]),
    ]

    static var latest: Int { migrations.last?.version ?? 0 }

    /// An arbitrary constant: the advisory lock that serialises migrations.
    static let migrationLock: Int64 = 0x636F_6163_6873_6368  // "coachsch"

    /// Brings the schema up to `latest` and returns the shared secret, creating it the first time.
    static func prepare(_ pool: PostgresPool) throws -> [UInt8] {
        try pool.transaction { connection in
            try connection.query("SELECT pg_advisory_xact_lock($1)", [.int8(migrationLock)])
            try connection.query("CREATE TABLE IF NOT EXISTS coach_schema_version (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())")
            let current = try connection.query("SELECT coalesce(max(version), 0)::int8 FROM coach_schema_version").integer() ?? 0
            guard current <= latest else {
                throw StoreError("session store: the database's schema is version \(current), newer than this coach knows (\(latest)); upgrade coach")
            }
            for migration in migrations where migration.version > current {
                for statement in migration.statements { try connection.query(statement) }
                try connection.query("INSERT INTO coach_schema_version (version) VALUES ($1)", [.int4(Int32(migration.version))])
            }
            var generator = SystemRandomNumberGenerator()
            let fresh = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            try connection.query("INSERT INTO coach_secret (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING", [.bytea(fresh)])
            guard let secret = try connection.query("SELECT key FROM coach_secret WHERE id = 1").bytes(), secret.count == 32 else {
                throw StoreError("session store: coach_secret holds no 32-byte key")
            }
            return secret
        }
    }
}
