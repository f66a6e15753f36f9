import CoachCore
import CoachFiles
import CoachHTTP
import CoachStore
import CoachWire
import XCTest
@testable import CoachServer

/// The webhook application tested as a responder: request values in, response values out, no sockets.
final class ApplicationTests: XCTestCase {
    static let exampleDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/example").path

    func makeApp(_ configure: (inout ServerConfiguration) -> Void = { _ in }) -> CoachApplication {
        let brain = DialogueDirectory(path: Self.exampleDirectory).load().brain!
        var configuration = ServerConfiguration()
        configure(&configuration)
        return CoachApplication(service: ConversationService(engine: Engine(brain: brain), repository: MemorySessionRepository(), seed: 1), configuration: configuration)
    }

    func post(_ app: CoachApplication, _ path: String, _ body: String, headers: [(String, String)] = []) -> (Int, String) {
        let response = app.respond(to: HTTPRequest(method: "POST", target: path, headers: HTTPHeaders(headers), body: Array(body.utf8)))
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    func testGenericMessages() {
        let app = makeApp()
        let cases: [(body: String, status: Int, response: String)] = [
            (#"{"user":"u1","text":"he has a knife"}"#, 200,
             #"{"user":"u1","replies":[{"text":"Call the emergency number (112 in Europe, 911 in North America) and keep a safe distance.","choices":["Continue"]}],"state":"emergency","intent":"danger","tags":["safety.emergency"]}"#),
            (#"{"user":"u1","text":"continue"}"#, 200,
             #"{"user":"u1","replies":[{"text":"Hello, I'm the example coach."},{"text":"Where are you?","choices":["At work","On the street","Practise a scene"]}],"state":"welcome","intent":null,"tags":["greeting"]}"#),
            ("not json", 400, #"{"error":{"message":"the body is not valid JSON"}}"#),
            ("[1]", 400, #"{"error":{"message":"the body must be a JSON object"}}"#),
            (#"{"user":"u1"}"#, 400, #"{"error":{"message":"\"text\" must be a string"}}"#),
            (#"{"text":"hi"}"#, 400, #"{"error":{"message":"\"user\" must be a non-empty string"}}"#),
            ("", 400, #"{"error":{"message":"the body is empty; send a JSON object"}}"#),
        ]
        for c in cases {
            let (status, body) = post(app, "/v1/messages", c.body)
            XCTAssertEqual(status, c.status, c.body)
            XCTAssertEqual(body, c.response, c.body)
        }
    }

    func testForgetErasesTheSession() {
        let app = makeApp()
        _ = post(app, "/v1/messages", #"{"user":"u9","text":"1"}"#)
        XCTAssertEqual(app.service.repository.count, 1)
        let (status, body) = post(app, "/v1/messages", #"{"user":"u9","text":"/forget"}"#)
        XCTAssertEqual(status, 200)
        XCTAssertEqual(body, #"{"user":"u9","replies":[{"text":"Everything kept about this conversation is erased. Write again any time to start afresh."}],"state":"welcome","intent":null,"tags":[]}"#)
        XCTAssertEqual(app.service.repository.count, 0)
        _ = post(app, "/v1/messages", #"{"user":"a/b c","text":"1"}"#)
        let deleted = app.respond(to: HTTPRequest(method: "DELETE", target: "/v1/sessions/a%2Fb%20c"))
        XCTAssertEqual(deleted.status, 204)
        XCTAssertEqual(app.service.repository.count, 0)
        XCTAssertEqual(app.respond(to: HTTPRequest(method: "DELETE", target: "/v1/sessions/a%2Fb%20c")).status, 404, "nothing left to erase")
        _ = post(app, "/telegram", #"{"update_id":1,"message":{"message_id":1,"chat":{"id":42},"from":{"id":7},"text":"hi"}}"#)
        XCTAssertEqual(app.respond(to: HTTPRequest(method: "DELETE", target: "/v1/sessions/7")).status, 404, "a bare id is a generic API user")
        XCTAssertEqual(app.respond(to: HTTPRequest(method: "DELETE", target: "/v1/sessions/telegram:7")).status, 404, "chat 42 is not a private chat with 7")
        XCTAssertEqual(app.respond(to: HTTPRequest(method: "DELETE", target: "/v1/sessions/telegram:42:7")).status, 204)
        XCTAssertEqual(app.service.repository.count, 0)
    }

    func testRasaChannel() {
        let (status, body) = post(makeApp(), "/webhooks/rest/webhook", #"{"sender":"s1","message":"hello"}"#)
        XCTAssertEqual(status, 200)
        XCTAssertEqual(body, #"[{"recipient_id":"s1","text":"Hello, I'm the example coach."},{"recipient_id":"s1","text":"Where are you?","buttons":[{"title":"At work","payload":"At work"},{"title":"On the street","payload":"On the street"},{"title":"Practise a scene","payload":"Practise a scene"}]}]"#)
    }

    func testTelegramMessageAndCallbackQuery() {
        let app = makeApp { $0.telegramSecret = "s3cret" }
        let header = [("X-Telegram-Bot-Api-Secret-Token", "s3cret")]
        let message = #"{"update_id":1,"message":{"message_id":5,"chat":{"id":42,"type":"private"},"from":{"id":7,"is_bot":false,"first_name":"A"},"text":"hi"}}"#
        let (status, body) = post(app, "/telegram", message, headers: header)
        XCTAssertEqual(status, 200)
        XCTAssertEqual(body, #"{"method":"sendMessage","chat_id":42,"text":"Hello, I'm the example coach.\n\nWhere are you?","reply_markup":{"inline_keyboard":[[{"text":"At work","callback_data":"At work"}],[{"text":"On the street","callback_data":"On the street"}],[{"text":"Practise a scene","callback_data":"Practise a scene"}]]}}"#)
        let callback = #"{"update_id":2,"callback_query":{"id":"q1","from":{"id":7},"message":{"message_id":6,"chat":{"id":42}},"data":"On the street"}}"#
        let (_, answer) = post(app, "/telegram", callback, headers: header)
        XCTAssertEqual(answer, #"{"method":"sendMessage","chat_id":42,"text":"On the street, staff or the driver can help.\n\nYour setting is street. Is anyone hurt?"}"#)
        XCTAssertEqual(post(app, "/telegram", message).0, 401)
        XCTAssertEqual(post(app, "/telegram", message, headers: [("X-Telegram-Bot-Api-Secret-Token", "wrong")]).0, 401)
        XCTAssertEqual(post(app, "/telegram", #"{"update_id":3,"edited_message":{}}"#, headers: header).1, "{}")
    }

    func testTwilioSignatureAndTwiML() {
        XCTAssertEqual(Auth.twilioSignature(token: "12345", url: "https://mycompany.com/myapp.php?foo=1&bar=2", parameters: [
            ("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"), ("To", "+18005551212"),
        ]), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", "Twilio's documented example")
        let app = makeApp { $0.twilioAuthToken = "secret-token"; $0.publicURL = "https://bot.example.org" }
        let form = "From=%2B15551234567&Body=he+has+a+knife&To=%2B15557654321"
        let signed = [("X-Twilio-Signature", "yxF9d+AAXA2dY7Z2RtyqyjAYN4Y=")]
        let (status, body) = post(app, "/twilio", form, headers: signed)
        XCTAssertEqual(status, 200)
        XCTAssertEqual(body, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Call the emergency number (112 in Europe, 911 in North America) and keep a safe distance.\n1. Continue</Message></Response>")
        XCTAssertEqual(post(app, "/twilio", form).0, 401)
        XCTAssertEqual(post(app, "/twilio", form.replacingOccurrences(of: "knife", with: "spoon"), headers: signed).0, 401)
        let full = makeApp { $0.twilioAuthToken = "secret-token"; $0.publicURL = "https://bot.example.org/twilio" }
        XCTAssertEqual(post(full, "/twilio", form, headers: signed).0, 200, "the public URL may name the endpoint itself")
        XCTAssertEqual(XMLText.text("<a & 'b'>\u{1}"), "&lt;a &amp; 'b'&gt;\u{FFFD}")
    }

    func testChannelsCannotReachEachOthersSessions() {
        let app = makeApp()
        _ = post(app, "/twilio", "From=%2B15551234567&Body=1")
        let (_, body) = post(app, "/v1/messages", #"{"user":"twilio:+15551234567","text":"no"}"#)
        XCTAssertTrue(body.contains(#""state":"welcome""#), "a generic user named like a Twilio one starts afresh: \(body)")
        XCTAssertEqual(app.service.repository.count, 2)
    }

    func testSlashCommandsWorkInEveryChannel() {
        let app = makeApp()
        _ = post(app, "/v1/messages", #"{"user":"c","text":"1"}"#)
        XCTAssertTrue(post(app, "/v1/messages", #"{"user":"c","text":" /back\n"}"#).1.contains(#""state":"welcome""#))
        XCTAssertTrue(post(app, "/telegram", #"{"update_id":1,"message":{"message_id":1,"chat":{"id":5},"from":{"id":5},"text":"/start@AllyCoachBot"}}"#).1.contains("example coach"))
        XCTAssertTrue(post(app, "/twilio", "From=%2B1&Body=%2FFORGET").1.contains("Everything kept about this conversation is erased."))
    }

    func testBearerKeyGuardsGenericAndRasa() {
        let app = makeApp { $0.apiKey = "k1" }
        XCTAssertEqual(post(app, "/v1/messages", #"{"user":"u","text":"hi"}"#).0, 401)
        XCTAssertEqual(post(app, "/v1/messages", #"{"user":"u","text":"hi"}"#, headers: [("Authorization", "Bearer k1")]).0, 200)
        XCTAssertEqual(post(app, "/webhooks/rest/webhook", #"{"sender":"u","message":"hi"}"#, headers: [("Authorization", "Bearer k2")]).0, 401)
        XCTAssertEqual(app.respond(to: HTTPRequest(method: "DELETE", target: "/v1/sessions/u")).status, 401)
    }

    func testRoutingErrorsHealthAndMetrics() {
        let app = makeApp()
        let notFound = app.respond(to: HTTPRequest(method: "GET", target: "/nope"))
        XCTAssertEqual(notFound.status, 404)
        XCTAssertEqual(String(decoding: notFound.body, as: UTF8.self), #"{"error":{"message":"no such endpoint: GET /nope"}}"#)
        let wrongMethod = app.respond(to: HTTPRequest(method: "GET", target: "/v1/messages"))
        XCTAssertEqual(wrongMethod.status, 405)
        XCTAssertEqual(wrongMethod.headers["Allow"], "POST")
        XCTAssertEqual(String(decoding: app.respond(to: HTTPRequest(method: "GET", target: "/healthz")).body, as: UTF8.self), #"{"status":"ok"}"#)
        _ = post(app, "/v1/messages", #"{"user":"m","text":"hi"}"#)
        app.observe(HTTPRequestLog(method: "POST", path: "/v1/messages", status: 200, durationSeconds: 0.001, bodyBytes: 10, remoteAddress: "127.0.0.1"))
        app.observe(HTTPRequestLog(method: "GET", path: "/nope", status: 404, durationSeconds: 0.001, bodyBytes: 10, remoteAddress: "127.0.0.1"))
        app.observe(HTTPRequestLog(method: "-", path: "-", status: 431, durationSeconds: 0.001, bodyBytes: 10, remoteAddress: "127.0.0.1"))
        let metrics = String(decoding: app.respond(to: HTTPRequest(method: "GET", target: "/metrics")).body, as: UTF8.self)
        XCTAssertTrue(metrics.contains("coach_http_requests_total{route=\"/v1/messages\",status=\"200\"} 1\n"), metrics)
        XCTAssertTrue(metrics.contains("coach_http_requests_total{route=\"unknown\",status=\"404\"} 1\n"), metrics)
        XCTAssertTrue(metrics.contains("coach_http_requests_total{route=\"unknown\",status=\"431\"} 1\n"), metrics)
        XCTAssertTrue(metrics.contains("coach_turn_duration_seconds_count 1\n"), metrics)
        XCTAssertTrue(metrics.contains("coach_live_sessions 1\n"), metrics)
    }
}
