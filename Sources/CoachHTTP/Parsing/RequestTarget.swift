/// Splitting and validating request targets (RFC 9112 section 3.2).
enum RequestTarget {
    /// (path, query) of a target; absolute-form loses its scheme and authority.
    static func split(_ target: String) -> (path: String, query: String?) {
        var rest = Substring(target)
        if let afterScheme = schemeEnd(of: rest) {
            rest = rest[afterScheme...]
            let pathStart = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            rest = rest[pathStart...]
        }
        guard let mark = rest.firstIndex(of: "?") else {
            return (rest.isEmpty ? "/" : String(rest), nil)
        }
        let path = rest[..<mark]
        return (path.isEmpty ? "/" : String(path), String(rest[rest.index(after: mark)...]))
    }

    /// Whether `target` is origin-form, absolute-form (http/https) or `*` with OPTIONS.
    static func isValid(_ target: String, method: String) -> Bool {
        if target == "*" { return method == "OPTIONS" }
        if target.hasPrefix("/") { return true }
        guard let afterScheme = schemeEnd(of: Substring(target)) else { return false }
        return afterScheme < target.endIndex && target[afterScheme] != "/"
    }

    private static func schemeEnd(of target: Substring) -> Substring.Index? {
        for scheme in ["http://", "https://"] where target.count >= scheme.count {
            let prefix = target.prefix(scheme.count)
            if ASCII.equalsIgnoringCase(String(prefix), scheme) { return prefix.endIndex }
        }
        return nil
    }
}
