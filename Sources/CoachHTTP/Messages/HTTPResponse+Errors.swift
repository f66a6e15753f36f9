extension HTTPResponse {
    /// The response for a thrown error, the one place errors become responses: an `HTTPError` is its status,
    /// fields and JSON message; anything else is a 500 that says nothing about the inside.
    public init(error: any Error) {
        guard let error = error as? HTTPError else {
            self = .error(500, "internal error")
            return
        }
        self = .error(error.status, error.message)
        for (name, value) in error.headers { headers.set(name, value) }
    }

    /// What `body` returns, or the response for what it throws.
    public static func answering(_ body: () throws -> HTTPResponse) -> HTTPResponse {
        do {
            return try body()
        } catch {
            return HTTPResponse(error: error)
        }
    }
}
