import CoachServer

/// `coach serve --web on|off --web-exit-url URL` (or `COACH_WEB`, `COACH_WEB_EXIT_URL`): the web chat page.
enum WebOptions {
    static func parse(_ args: Arguments, environment: [String: String]) throws -> WebConfiguration {
        var web = WebConfiguration()
        let switchText = args["--web"] ?? environment["COACH_WEB"] ?? "on"
        switch switchText.lowercased() {
        case "on": web.enabled = true
        case "off": web.enabled = false
        default: throw UsageError("--web takes on or off, not '\(switchText)'")
        }
        if let url = args["--web-exit-url"] ?? environment["COACH_WEB_EXIT_URL"] {
            guard WebConfiguration.isValidExitURL(url) else {
                throw UsageError("--web-exit-url takes an http(s) URL without spaces or quotes, or about:blank, not '\(url)'")
            }
            web.exitURL = url
        }
        return web
    }
}
