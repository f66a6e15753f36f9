// libFuzzer entry for the webhook body decoders: JSON objects (generic and Rasa bodies) and Telegram
// updates. Built by .ci/fuzz.sh together with the decoder files as one module.
// Checked properties: decoding never crashes; an accepted body is a JSON object whose re-encoding
// decodes to an object again; a Telegram update yields either nothing or a non-empty chat and user.
import CoachHTTP
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func jsonBodyFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let body = Array(UnsafeBufferPointer(start: data, count: size))
    let request = HTTPRequest(method: "POST", target: "/v1/messages", body: body)
    guard let object = try? RequestBody.jsonObject(of: request) else { return 0 }
    let again = try? JSONSerialization.data(withJSONObject: object)
    precondition(again.flatMap { try? JSONSerialization.jsonObject(with: $0) } is [String: Any], "an accepted object does not round-trip")
    _ = RequestBody.identifier(object["sender"])
    if let incoming = TelegramUpdate.incoming(object) {
        precondition(!incoming.chat.isEmpty && !incoming.session.isEmpty, "empty chat or session id")
    }
    return 0
}
