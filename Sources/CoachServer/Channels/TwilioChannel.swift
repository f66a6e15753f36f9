import CoachCore
import CoachHTTP
import CoachWire

/// `POST /twilio`: Twilio's form-encoded incoming message (`From`, `Body`) in, TwiML out.
struct TwilioChannel: Sendable {
    /// The auth token `X-Twilio-Signature` is made with, when one is set.
    let token: String?
    /// The URL Twilio signs, when a proxy changes it.
    let publicURL: String?
    /// A Webhook Setting's shared key, for `X-Twilio-Webhooks-Signature-Settings`.
    let signingKey: String?
    let conversations: Conversations

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        guard let form = FormDecoder.decode(request.body) else { throw HTTPError(400, "the body is not valid form encoding") }
        guard Auth.twilio(request, parameters: form, token: token, publicURL: publicURL, signingKey: signingKey) else {
            throw HTTPError(401, "missing or wrong X-Twilio-Signature")
        }
        guard let from = form.first(where: { $0.0 == "From" })?.1, !from.isEmpty else {
            throw HTTPError(400, "the form has no \"From\"")
        }
        // Twilio retries a webhook it saw no answer to: `MessageSid` makes the retry get the same reply.
        let sid = form.first(where: { $0.0 == "MessageSid" || $0.0 == "SmsMessageSid" }).map(\.1).flatMap { $0.isEmpty ? nil : "message:" + $0 }
        let replies = try conversations.replyOnce(.twilio, user: from, text: form.first(where: { $0.0 == "Body" })?.1 ?? "", delivery: sid)
        let messages = replies.map { reply -> String in
            guard let choices = reply.choices else { return reply.text }
            let menu = Reply.numbered(choices)
            return reply.text.isEmpty ? menu : reply.text + "\n" + menu
        }
        return twiml(TwilioMessages.fit(messages.filter { !$0.isEmpty }))
    }

    private func twiml(_ messages: [String]) -> HTTPResponse {
        let body = messages.map { "<Message>\(XMLText.text($0))</Message>" }.joined()
        return .text(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>\(body)</Response>", contentType: "application/xml; charset=utf-8")
    }
}
