import CoachHTTP

/// Cross-origin access to the Rasa endpoint, for web chat widgets hosted on another site (`--cors-origins`).
///
/// A preflight (`OPTIONS` with `Origin`) from an allowed origin gets 204 and the `Access-Control-Allow-*`
/// fields; a `POST` from one gets `Access-Control-Allow-Origin` echoing it. Other origins get no CORS
/// fields (their preflight gets 403), so browsers keep them out. `*` allows every origin.
public struct CORSPolicy: Sendable, Equatable {
    /// The allowed origins, lower-cased.
    public let origins: Set<String>
    /// True when `*` allows every origin.
    public let anyOrigin: Bool

    /// Allows `origins` (`https://chat.example.org`, compared without case; `*` for any).
    public init(origins: [String]) {
        anyOrigin = origins.contains("*")
        self.origins = Set(origins.filter { $0 != "*" }.map { $0.lowercased() })
    }

    /// True when nothing is allowed.
    public var isEmpty: Bool { !anyOrigin && origins.isEmpty }

    /// Why `origin` is not a valid origin (`scheme://host[:port]`, no path), or nil when it is.
    public static func problem(with origin: String) -> String? {
        if origin == "*" { return nil }
        let parts = origin.components(separatedBy: "://")
        guard parts.count == 2, ["http", "https"].contains(parts[0].lowercased()), !parts[1].isEmpty,
              !parts[1].contains("/"), !parts[1].contains("?"), !parts[1].contains("#") else {
            return "'\(origin)' is not an origin: write scheme://host[:port], like https://chat.example.org"
        }
        return nil
    }

    func allows(_ origin: String) -> Bool { anyOrigin || origins.contains(origin.lowercased()) }

    /// The answer to `OPTIONS` on the endpoint.
    func preflight(_ request: HTTPRequest, methods: [String]) -> HTTPResponse {
        guard let origin = request.headers["Origin"] else {
            var response = HTTPResponse(status: 204)
            response.headers.set("Allow", methods.joined(separator: ", "))
            return response
        }
        guard allows(origin) else {
            return .error(403, "origin not allowed; list it in coach serve --cors-origins")
        }
        var response = HTTPResponse(status: 204)
        response.headers.set("Allow", methods.joined(separator: ", "))
        response.headers.set("Access-Control-Allow-Origin", origin)
        response.headers.set("Access-Control-Allow-Methods", methods.joined(separator: ", "))
        response.headers.set("Access-Control-Allow-Headers", "Authorization, Content-Type")
        response.headers.set("Access-Control-Max-Age", "600")
        response.headers.set("Vary", "Origin")
        return response
    }

    /// Adds `Access-Control-Allow-Origin` to an actual response for an allowed origin.
    func decorate(_ response: HTTPResponse, for request: HTTPRequest) -> HTTPResponse {
        guard let origin = request.headers["Origin"], allows(origin) else { return response }
        var decorated = response
        decorated.headers.set("Access-Control-Allow-Origin", origin)
        decorated.headers.set("Vary", "Origin")
        return decorated
    }
}
