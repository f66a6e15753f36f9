/// Text with `{slot}` holes, filled from the session's slots when spoken.
public struct Template: Hashable, Sendable {
    /// A piece of template text.
    public enum Segment: Hashable, Sendable {
        case text(String)
        case slot(Named)
    }

    public var segments: [Segment]
    public var location: SourceLocation

    public init(segments: [Segment], location: SourceLocation) {
        self.segments = segments
        self.location = location
    }

    /// The slots this template reads.
    public var slots: [Named] {
        segments.compactMap { if case .slot(let named) = $0 { return named } else { return nil } }
    }

    /// The text with each slot replaced by its value ("" when unset).
    public func render(_ lookup: (String) -> String?) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .text(let text): out += text
            case .slot(let named): out += lookup(named.name) ?? ""
            }
        }
        return out
    }

    /// The source text as written, with `{slot}` holes.
    public var source: String {
        segments.map { segment in
            switch segment {
            case .text(let text): return text
            case .slot(let named): return "{\(named.name)}"
            }
        }.joined()
    }
}
