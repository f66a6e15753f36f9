import CoachHTTP
import Foundation

/// Decodes request bodies into plain values, refusing anything malformed with a clear reason.
enum RequestBody {
    /// The JSON object a request carries: the body must be UTF-8 JSON with an object at the top, or it is
    /// answered with 400 and the reason.
    static func jsonObject(of request: HTTPRequest) throws -> [String: Any] {
        let body = request.body
        if body.isEmpty { throw HTTPError(400, "the body is empty; send a JSON object") }
        guard String(validating: body, as: UTF8.self) != nil else { throw HTTPError(400, "the body is not valid UTF-8") }
        guard let value = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) else {
            throw HTTPError(400, "the body is not valid JSON")
        }
        guard let object = value as? [String: Any] else { throw HTTPError(400, "the body must be a JSON object") }
        return object
    }

    /// An identifier that may arrive as a JSON number or string (Telegram ids are numbers).
    static func identifier(_ value: Any?) -> String? {
        switch value {
        case let string as String where !string.isEmpty: return string
        case let number as NSNumber:
            let integer = number.int64Value
            return NSNumber(value: integer) == number ? String(integer) : nil
        default: return nil
        }
    }
}
