import CoachHTTP

/// `POST /twilio`: Twilio's form-encoded incoming message (`From`, `Body`) in, TwiML out.
struct TwilioChannel {
    let app: CoachApplication

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard let form = FormDecoder.decode(request.body) else { return .error(400, "the body is not valid form encoding") }
        guard Auth.twilio(request, parameters: form, token: app.configuration.twilioAuthToken, publicURL: app.configuration.publicURL) else {
            return .error(401, "missing or wrong X-Twilio-Signature")
        }
        guard let from = form.first(where: { $0.0 == "From" })?.1, !from.isEmpty else { return .error(400, "the form has no \"From\"") }
        let body = form.first(where: { $0.0 == "Body" })?.1 ?? ""
        switch app.converse(.twilio, user: from, text: body) {
        case .failure(let failure): return failure.response
        case .success(let turn):
            let messages = turn.replies.map { reply -> String in
                guard let choices = reply.choices else { return reply.text }
                let menu = choices.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: "\n")
                return reply.text.isEmpty ? menu : reply.text + "\n" + menu
            }
            return twiml([messages.filter { !$0.isEmpty }.joined(separator: "\n\n")])
        }
    }

    private func twiml(_ messages: [String]) -> HTTPResponse {
        let body = messages.map { "<Message>\(Self.escape($0))</Message>" }.joined()
        return .text(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>\(body)</Response>", contentType: "application/xml; charset=utf-8")
    }

    /// XML escaping for text content and attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = scalar.value
                if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
