import CoachCore
import CoachFiles
import CoachStore
import Foundation
@testable import CoachServer

/// The application over the example dialogues, configured for one test.
enum WebTestApp {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func make(_ configure: (inout ServerConfiguration) -> Void = { _ in }) -> CoachApplication {
        let brain = DialogueDirectory(path: repositoryRoot.appendingPathComponent("Tests/Fixtures/example").path).load().brain!
        var configuration = ServerConfiguration()
        configure(&configuration)
        return CoachApplication(service: ConversationService(engine: Engine(brain: brain), repository: MemorySessionRepository(), seed: 1), configuration: configuration)
    }
}
