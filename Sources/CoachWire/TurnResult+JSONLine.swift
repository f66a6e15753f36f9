import CoachCore
import CoachJSON

extension TurnResult {
    /// The JSON-lines output object for this turn (see the README's JSON lines section), without a newline.
    public func jsonLine(user: String) -> String {
        let replies = replies.map { reply in
            var object = "{\"text\":\(JSONText.string(reply.text))"
            if let choices = reply.choices { object += ",\"choices\":\(JSONText.strings(choices))" }
            return object + "}"
        }
        let intentText = intent.map(JSONText.string) ?? "null"
        return "{\"user\":\(JSONText.string(user)),\"replies\":[\(replies.joined(separator: ","))],\"state\":\(JSONText.string(session.state)),\"intent\":\(intentText),\"tags\":\(JSONText.strings(tags))}"
    }
}
