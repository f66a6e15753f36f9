import CoachHTTP

/// The headers every web chat response carries: a strict Content-Security-Policy (only this server's own
/// script, style and icon; requests only to this server; no inline script, frames, forms or base URL),
/// no referrer (so the quick exit's site never learns where the person came from), no sniffing, no framing.
enum WebSecurityHeaders {
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    static func apply(to response: inout HTTPResponse, cache: String) {
        response.headers.set("Content-Security-Policy", contentSecurityPolicy)
        response.headers.set("Referrer-Policy", "no-referrer")
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("X-Frame-Options", "DENY")
        response.headers.set("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.set("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.headers.set("Cache-Control", cache)
    }
}
