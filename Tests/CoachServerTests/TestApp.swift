import CoachCore
import CoachFiles
import CoachHTTP
import CoachStore
import Foundation
@testable import CoachServer

/// The example dialogues' application with in-memory sessions, configured by the test.
func makeTestApp(_ configure: (inout ServerConfiguration) -> Void = { _ in }) -> CoachApplication {
    let brain = DialogueDirectory(path: ApplicationTests.exampleDirectory).load().brain!
    var configuration = ServerConfiguration()
    configure(&configuration)
    return CoachApplication(service: ConversationService(engine: Engine(brain: brain), repository: MemorySessionRepository(), seed: 1), configuration: configuration)
}

/// Sends a request value to the application; (status, body as text, response).
@discardableResult
func send(_ app: CoachApplication, _ method: String, _ target: String, _ body: String = "",
          headers: [(String, String)] = []) -> (status: Int, body: String, response: HTTPResponse) {
    let response = app.respond(to: HTTPRequest(method: method, target: target, headers: HTTPHeaders(headers), body: Array(body.utf8)))
    return (response.status, String(decoding: response.body, as: UTF8.self), response)
}
