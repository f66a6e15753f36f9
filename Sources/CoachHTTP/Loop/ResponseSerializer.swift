/// Serializes responses in two parts: the worker builds the status line, the application's
/// fields and Content-Length; the loop finishes with Date, Connection and the blank line,
/// since only it knows whether the connection stays open.
enum ResponseSerializer {
    /// Fields the server sets itself; the responder's copies are dropped.
    private static let managed = ["content-length", "transfer-encoding", "connection", "date"]

    struct Prepared: Sendable {
        var status: Int
        /// Status line and fields, without the final CRLF.
        var head: [UInt8]
        /// What goes on the wire after the head: empty for HEAD and 204/304.
        var body: [UInt8]
        /// The responder asked for `Connection: close`.
        var closeRequested: Bool
    }

    static func prepare(_ response: HTTPResponse, isHeadRequest: Bool) -> Prepared {
        let status = (200...599).contains(response.status) ? response.status : 500
        var head: [UInt8] = []
        head.reserveCapacity(128)
        head.append(contentsOf: "HTTP/1.1 \(status) \(HTTPStatus.reason(status))\r\n".utf8)
        for (name, value) in response.headers where isSendable(name: name, value: value) {
            head.append(contentsOf: name.utf8)
            head.append(contentsOf: ": ".utf8)
            head.append(contentsOf: value.utf8)
            head.append(contentsOf: "\r\n".utf8)
        }
        let noBody = HTTPStatus.forbidsBody(status)
        if !noBody { head.append(contentsOf: "Content-Length: \(response.body.count)\r\n".utf8) }
        let close = response.headers.values(for: "Connection").contains { ASCII.listContains($0, token: "close") }
        return Prepared(status: status, head: head, body: noBody || isHeadRequest ? [] : response.body,
                        closeRequested: close)
    }

    /// Appends the loop's part of the head, then the body.
    static func finish(_ prepared: Prepared, close: Bool, http10KeepAlive: Bool, date: [UInt8], into output: inout [UInt8]) {
        output.append(contentsOf: prepared.head)
        output.append(contentsOf: date)
        if close {
            output.append(contentsOf: "Connection: close\r\n".utf8)
        } else if http10KeepAlive {
            output.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        output.append(contentsOf: "\r\n".utf8)
        output.append(contentsOf: prepared.body)
    }

    private static func isSendable(name: String, value: String) -> Bool {
        guard !name.isEmpty, name.utf8.allSatisfy({ ASCII.isTokenByte[Int($0)] }),
              value.utf8.allSatisfy(ASCII.isFieldValueByte)
        else { return false }
        return !managed.contains { ASCII.equalsIgnoringCase($0, name) }
    }
}
