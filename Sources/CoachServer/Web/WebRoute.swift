/// The web chat's endpoints: the page, its assets under a versioned path, and new web sessions.
enum WebRoute: Equatable {
    case page
    case asset(WebAsset)
    case session

    /// The route's name in logs and metrics.
    var name: String {
        switch self {
        case .page: return "/"
        case .asset(let asset): return WebAsset.base + asset.rawValue
        case .session: return "/web/session"
        }
    }

    var methods: [String] {
        switch self {
        case .page, .asset: return ["GET", "HEAD"]
        case .session: return ["POST"]
        }
    }

    /// The Cache-Control of its responses: the page and new sessions are never stored; assets are revalidated.
    var cacheControl: String {
        switch self {
        case .page, .session: return "no-store"
        case .asset: return "no-cache"
        }
    }

    static func match(_ path: String) -> WebRoute? {
        if path == "/" { return .page }
        if path == "/web/session" { return .session }
        guard path.hasPrefix(WebAsset.base), let asset = WebAsset(rawValue: String(path.dropFirst(WebAsset.base.count))) else { return nil }
        return .asset(asset)
    }
}

/// A file the page loads from `/web/v1/`; the version changes when a file changes in a way old pages cannot use.
enum WebAsset: String, CaseIterable {
    case script = "app.js"
    case style = "app.css"
    case icon = "icon.svg"

    static let base = "/web/v1/"

    var contentType: String {
        switch self {
        case .script: return "text/javascript; charset=utf-8"
        case .style: return "text/css; charset=utf-8"
        case .icon: return "image/svg+xml"
        }
    }

    var body: String {
        switch self {
        case .script: return WebAssets.appJS
        case .style: return WebAssets.appCSS
        case .icon: return WebAssets.iconSVG
        }
    }
}
