import CoachHTTP
@testable import CoachServer
import Foundation
import Synchronization
import XCTest

/// Telegram sessions, captions, deep links and callback queries (issue 11, defects 4, 5, 6 and 14).
final class TelegramTests: XCTestCase {
    static let greeting = #"{"method":"sendMessage","chat_id":"#

    /// Telegram numbers updates one after another; a repeated `update_id` is a retry, answered once.
    private var nextUpdate = 0

    func message(chat: Int, type: String, from: Int, text: String, key: String = "text") -> String {
        nextUpdate += 1
        return #"{"update_id":\#(nextUpdate),"message":{"message_id":\#(nextUpdate),"chat":{"id":\#(chat),"type":"\#(type)"},"from":{"id":\#(from)},"\#(key)":\#(String(reflecting: text))}}"#
    }

    func testPrivateAndGroupConversationsAreSeparate() {
        let app = makeTestApp()
        send(app, "POST", "/telegram", message(chat: 7, type: "private", from: 7, text: "he has a knife"))
        XCTAssertTrue(app.service.repository.load("telegram:7") != nil, "a private chat is keyed by the chat")
        let inGroup = send(app, "POST", "/telegram", message(chat: -100123, type: "supergroup", from: 7, text: "continue")).body
        XCTAssertTrue(inGroup.contains("Hello, I'm the example coach."), "the private conversation does not continue in a group: \(inGroup)")
        XCTAssertTrue(app.service.repository.load("telegram:-100123:7") != nil, "in a group, keyed by chat and sender")
        send(app, "POST", "/telegram", message(chat: -100123, type: "supergroup", from: 8, text: "hi"))
        XCTAssertEqual(app.service.repository.count, 3, "each member of a group has their own conversation there")

        let forgotten = send(app, "POST", "/telegram", message(chat: -100123, type: "supergroup", from: 7, text: "/forget")).body
        XCTAssertTrue(forgotten.contains("Everything kept about this conversation is erased."), forgotten)
        XCTAssertNil(app.service.repository.load("telegram:-100123:7"))
        XCTAssertNotNil(app.service.repository.load("telegram:7"), "/forget in a group leaves the private conversation")
        XCTAssertNotNil(app.service.repository.load("telegram:-100123:8"), "and the other member's")
    }

    func testCaptionIsReadLikeText() {
        let app = makeTestApp()
        let photo = #"{"update_id":1,"message":{"message_id":1,"chat":{"id":5,"type":"private"},"from":{"id":5},"photo":[{"file_id":"x","width":1,"height":1}],"caption":"he has a knife"}}"#
        XCTAssertEqual(send(app, "POST", "/telegram", photo).body,
                       #"{"method":"sendMessage","chat_id":5,"text":"Call the emergency number (112 in Europe, 911 in North America) and keep a safe distance.","reply_markup":{"inline_keyboard":[[{"text":"Continue","callback_data":"Continue"}]]}}"#)
        let sticker = #"{"update_id":2,"message":{"message_id":2,"chat":{"id":5,"type":"private"},"from":{"id":5},"sticker":{"file_id":"y"}}}"#
        XCTAssertEqual(send(app, "POST", "/telegram", sticker).body, "{}")
    }

    func testDeepLinkStartGetsTheGreeting() {
        let cases = ["/start ref-42", "/start@AllyCoachBot campaign_7", "/START  abc"]
        for text in cases {
            let app = makeTestApp()
            let body = send(app, "POST", "/telegram", message(chat: 9, type: "private", from: 9, text: text)).body
            XCTAssertEqual(body, #"{"method":"sendMessage","chat_id":9,"text":"Hello, I'm the example coach.\n\nWhere are you?","reply_markup":{"inline_keyboard":[[{"text":"At work","callback_data":"At work"}],[{"text":"On the street","callback_data":"On the street"}],[{"text":"Practise a scene","callback_data":"Practise a scene"}]]}}"#, text)
        }
        XCTAssertEqual(TelegramUpdate.deepLinkStart("/started well"), "/started well")
        XCTAssertEqual(TelegramUpdate.deepLinkStart("/forget me"), "/forget me")
    }

    func testTheBotNameOfAGroupCommandIsDropped() {
        let cases = [("/forget@AllyCoachBot", "/forget"), ("/start@AllyCoachBot campaign_7", "/start campaign_7"),
                     ("hello @AllyCoachBot", "hello @AllyCoachBot"), ("/back", "/back"), ("email me@example.org", "email me@example.org")]
        for (text, expected) in cases { XCTAssertEqual(TelegramUpdate.withoutBotName(text), expected, text) }
    }

    /// A fake Bot API on a local socket: the tapped button's query is answered with the query id.
    func testCallbackQueryIsAnsweredThroughTheBotAPI() throws {
        let received = Received()
        let fake = HTTPServer(configuration: HTTPServerConfiguration(host: "127.0.0.1", port: 0, workerCount: 2),
                              responder: ClosureResponder { request in
                                  received.add("\(request.method) \(request.path) \(String(decoding: request.body, as: UTF8.self))")
                                  return .json(200, Array(#"{"ok":true,"result":true}"#.utf8))
                              })
        let port = try fake.start()
        defer { fake.shutdown() }
        let app = makeTestApp { $0.telegramBotToken = "123:ABC"; $0.telegramAPIBase = "http://127.0.0.1:\(port)" }
        send(app, "POST", "/telegram", message(chat: 42, type: "private", from: 42, text: "hi"))
        let callback = #"{"update_id":2,"callback_query":{"id":"4382bfdwdsb323b2d9","from":{"id":42},"message":{"message_id":6,"chat":{"id":42,"type":"private"}},"data":"On the street"}}"#
        let reply = send(app, "POST", "/telegram", callback).body
        XCTAssertEqual(reply, #"{"method":"sendMessage","chat_id":42,"text":"On the street, staff or the driver can help.\n\nYour setting is street. Is anyone hurt?"}"#)
        let deadline = Date().addingTimeInterval(5)
        while received.all.isEmpty && Date() < deadline { usleep(10_000) }
        XCTAssertEqual(received.all, [#"POST /bot123:ABC/answerCallbackQuery {"callback_query_id":"4382bfdwdsb323b2d9"}"#])
    }

    private final class Received: Sendable {
        private let items = Mutex<[String]>([])
        func add(_ item: String) { items.withLock { $0.append(item) } }
        var all: [String] { items.withLock { $0 } }
    }
}

extension TelegramTests {
    func testBotTokenMustFormAURL() {
        XCTAssertEqual(TelegramBotAPI(token: "123456:AA-b_c")?.endpoint.absoluteString, "https://api.telegram.org/bot123456:AA-b_c/answerCallbackQuery")
        XCTAssertNil(TelegramBotAPI(token: "12 34/../x"))
        XCTAssertNil(TelegramBotAPI(token: ""))
    }
}
