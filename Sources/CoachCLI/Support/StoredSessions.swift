import CoachCore

/// Opens the durable session store for `coach chat --user` (wired to CoachStore when it lands).
enum StoredSessions {
    static func open(_ directory: String?, environment: [String: String]) throws -> SessionRepository? {
        MemorySessionRepository()
    }
}
