import CoachJSON

extension HTTPResponse {
    /// A response with an application/json body.
    public static func json(_ status: Int, _ body: [UInt8]) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: body)
    }

    /// A JSON error body `{"error":{"message":"..."}}` with the message JSON-escaped.
    public static func error(_ status: Int, _ message: String) -> HTTPResponse {
        var error = JSONObject()
        error.add("message", message)
        var body = JSONObject()
        body.add("error", json: error.json)
        return json(status, Array(body.json.utf8))
    }

    /// A text response; the content type defaults to UTF-8 plain text.
    public static func text(_ status: Int, _ body: String, contentType: String = "text/plain; charset=utf-8") -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": contentType], body: Array(body.utf8))
    }
}
