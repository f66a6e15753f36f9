import CoachHTTP
import Foundation

/// Decodes request bodies into plain values, refusing anything malformed with a clear reason.
public enum RequestBody {
    /// Why a body was refused; becomes a 400 response.
    public struct Refusal: Error, Equatable {
        public let message: String
        public init(_ message: String) { self.message = message }
    }

    /// A JSON object from the body; the body must be UTF-8 JSON with an object at the top.
    public static func jsonObject(_ body: [UInt8]) -> Result<[String: Any], Refusal> {
        if body.isEmpty { return .failure(Refusal("the body is empty; send a JSON object")) }
        guard String(validating: body, as: UTF8.self) != nil else { return .failure(Refusal("the body is not valid UTF-8")) }
        guard let value = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) else {
            return .failure(Refusal("the body is not valid JSON"))
        }
        guard let object = value as? [String: Any] else { return .failure(Refusal("the body must be a JSON object")) }
        return .success(object)
    }

    /// The JSON object a request carries, or a 400 saying why not.
    static func jsonObject(of request: HTTPRequest) throws -> [String: Any] {
        switch jsonObject(request.body) {
        case .failure(let refusal): throw HTTPError(400, refusal.message)
        case .success(let object): return object
        }
    }

    /// An identifier that may arrive as a JSON number or string (Telegram ids are numbers).
    public static func identifier(_ value: Any?) -> String? {
        switch value {
        case let string as String where !string.isEmpty: return string
        case let number as NSNumber:
            let integer = number.int64Value
            return NSNumber(value: integer) == number ? String(integer) : nil
        default: return nil
        }
    }
}
