import CoachHTTP

/// One endpoint as the application answers it: its name in logs and metrics, the methods it takes, its
/// handler, and what it adds to every response it gives, errors included.
struct Endpoint: Sendable {
    let name: String
    let methods: [String]
    let handle: @Sendable (HTTPRequest) throws -> HTTPResponse
    let finish: @Sendable (HTTPRequest, inout HTTPResponse) -> Void

    init(name: String, methods: [String], handle: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse,
         finish: @escaping @Sendable (HTTPRequest, inout HTTPResponse) -> Void = { _, _ in }) {
        self.name = name
        self.methods = methods
        self.handle = handle
        self.finish = finish
    }

    /// The handler's response (405 for a method it does not take; a thrown error's response), finished and named.
    func response(to request: HTTPRequest) -> HTTPResponse {
        var response = HTTPResponse.answering {
            guard methods.contains(request.method) else {
                let allowed = methods.joined(separator: ", ")
                throw HTTPError(405, "\(request.method) is not allowed on \(name); use \(allowed)", headers: ["Allow": allowed])
            }
            return try handle(request)
        }
        finish(request, &response)
        response.route = name
        return response
    }
}
