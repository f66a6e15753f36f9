// swift-tools-version:6.0
import PackageDescription

/// AllyCoach: a bystander-intervention coach. No third-party packages: Foundation, Dispatch and libc only.
let package = Package(
    name: "AllyCoach",
    platforms: [.macOS(.v15)],  // Synchronization.Mutex
    products: [
        .executable(name: "coach", targets: ["coach"]),
        .executable(name: "coach-bench", targets: ["coach-bench"]),
        .library(name: "CoachCore", targets: ["CoachCore"]),
    ],
    targets: [
        // The one JSON string writer and the one decoder of a chat message in (`{"user","text"}`).
        .target(name: "CoachJSON"),
        // The dialogue language and the pure engine: text in, replies out. (CoachJSON only for GraphExport's quoting.)
        .target(name: "CoachCore", dependencies: ["CoachJSON"]),
        // Files on disk for the edges: dialogue folders and UTF-8 text files (the core itself only takes text).
        .target(name: "CoachFiles", dependencies: ["CoachCore"]),
        // The wire and storage formats of the edges: the JSON-lines turn object, the session document, XML escaping.
        .target(name: "CoachWire", dependencies: ["CoachCore", "CoachJSON"]),
        // Transcript tests for trainers: parse, run, report.
        .target(name: "CoachTranscripts", dependencies: ["CoachCore", "CoachFiles", "CoachStore", "CoachWire"]),
        // SHA-1, SHA-256, HMAC and constant-time comparison for webhook signatures.
        .target(name: "CoachCrypto"),
        // HTTP/1.1 on the C library's sockets: parser, responses, event loop.
        .target(name: "CoachHTTP", dependencies: ["CoachJSON"]),
        // The PostgreSQL wire protocol (v3): startup, SCRAM-SHA-256, extended queries, a pool.
        .target(name: "CoachPostgres", dependencies: ["CoachCrypto"]),
        // Session stores: in memory, file-backed with group commit, or PostgreSQL shared by many instances.
        .target(name: "CoachStore", dependencies: ["CoachCore", "CoachCrypto", "CoachPostgres"]),
        // The webhook application: routes for the generic API, Rasa, Telegram and Twilio.
        .target(
            name: "CoachServer",
            dependencies: ["CoachCore", "CoachHTTP", "CoachCrypto", "CoachStore", "CoachJSON", "CoachWire"]
        ),
        // The command line: chat, lint, graph, test, serve.
        .executableTarget(
            name: "coach",
            dependencies: ["CoachCore", "CoachFiles", "CoachJSON", "CoachWire", "CoachTranscripts", "CoachServer", "CoachStore", "CoachCrypto", "CoachHTTP",
                           "CoachPostgres"],
            path: "Sources/CoachCLI",
            plugins: ["EmbedDialogues"]
        ),
        // Writes Dialogues/ into a Swift file at build time, so the `coach` binary carries its dialogues.
        .executableTarget(name: "EmbedDialoguesTool"),
        .plugin(name: "EmbedDialogues", capability: .buildTool(), dependencies: ["EmbedDialoguesTool"]),
        // Release-built benchmarks; results go in BENCHMARKS.md.
        .executableTarget(
            name: "coach-bench",
            dependencies: ["CoachCore", "CoachFiles", "CoachTranscripts"],
            path: "Sources/CoachBenchmark"
        ),
        .testTarget(name: "CoachCoreTests", dependencies: ["CoachCore", "CoachFiles"]),
        .testTarget(name: "CoachJSONTests", dependencies: ["CoachJSON"]),
        .testTarget(name: "CoachWireTests", dependencies: ["CoachWire", "CoachFiles"]),
        .testTarget(name: "CoachContentTests", dependencies: ["CoachCore", "CoachFiles"]),
        .testTarget(name: "CoachTranscriptsTests", dependencies: ["CoachTranscripts", "CoachFiles", "CoachStore"]),
        .testTarget(name: "CoachCryptoTests", dependencies: ["CoachCrypto"]),
        .testTarget(name: "CoachHTTPTests", dependencies: ["CoachHTTP"]),
        .testTarget(name: "CoachStoreTests", dependencies: ["CoachStore"]),
        // A throwaway PostgreSQL cluster for the tests that need a real server.
        .target(name: "PostgresTestCluster", path: "Tests/PostgresTestCluster"),
        .testTarget(
            name: "CoachPostgresTests",
            dependencies: ["CoachPostgres", "CoachStore", "PostgresTestCluster"],
            exclude: ["Exchanges"]
        ),
        .testTarget(name: "CoachServerTests", dependencies: ["CoachServer", "CoachWire", "CoachFiles", "CoachStore"]),
        .testTarget(
            name: "CoachCLITests",
            dependencies: ["coach", "CoachCore", "CoachStore", "PostgresTestCluster"]
        ),
    ]
)
