import Foundation

/// One chat message in, `{"text": "...", "user": "id"}`: a line of `coach chat --jsonl` and the body of `POST /v1/messages`.
public struct ChatInput: Equatable, Sendable {
    /// Whose conversation it is (the transport's user id).
    public var user: String
    /// What the person wrote.
    public var text: String

    /// Why an input was refused, in words for the `{"error": ...}` answer.
    public struct Refusal: Error, Equatable, Sendable {
        public let message: String

        /// A refusal with its reason.
        public init(message: String) { self.message = message }
    }

    /// A message from `user`.
    public init(user: String, text: String) {
        self.user = user
        self.text = text
    }

    /// Decodes one UTF-8 JSON object. `defaultUser` is the user of an object without `user` (or with `null`);
    /// when it is nil, `user` is required.
    public static func decode(_ bytes: [UInt8], defaultUser: String?) -> Result<ChatInput, Refusal> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return .failure(Refusal(message: "line is not valid JSON"))
        }
        guard let dictionary = object as? [String: Any] else {
            return .failure(Refusal(message: "line is not a JSON object"))
        }
        return decode(object: dictionary, defaultUser: defaultUser)
    }

    /// Reads `text` and `user` from a decoded JSON object: the one set of rules for a JSON line and an HTTP body.
    public static func decode(object dictionary: [String: Any], defaultUser: String?) -> Result<ChatInput, Refusal> {
        guard let text = dictionary["text"] as? String else {
            return .failure(Refusal(message: "\"text\" must be a string"))
        }
        switch dictionary["user"] {
        case let user as String where !user.isEmpty:
            return .success(ChatInput(user: user, text: text))
        case nil, is NSNull:
            if let defaultUser { return .success(ChatInput(user: defaultUser, text: text)) }
            fallthrough
        default:
            return .failure(Refusal(message: "\"user\" must be a non-empty string"))
        }
    }
}
