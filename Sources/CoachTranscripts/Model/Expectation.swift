import CoachCore
import Foundation

/// One thing the coach's turn must (or, negated, must not) do, with where it is written.
public struct Expectation: Sendable {
    /// What is checked.
    public enum Check: Sendable {
        /// `<` lines: the coach's messages are exactly these, in order; each line lists its accepted wordings (`or:`).
        /// Negated (`not <`): no message is any of the wordings.
        case messages([[String]])
        /// `says:` some message contains the text, in any case.
        case says(String)
        /// `matches:` some message matches the regular expression (ICU syntax, case-insensitive).
        case matches(Pattern)
        /// `state:` the state after the turn; `@end` means the conversation ended.
        case state(Named)
        /// `intent:` the intent that decided the turn; nil for `intent: none`.
        case intent(Named?)
        /// `tags:` every one of these tags is among the turn's tags. Negated: none of them is.
        case tags([Named])
        /// `choices:` the quick replies offered are exactly these, in order. Negated: none of them is offered.
        case choices([Named])
    }

    public var check: Check
    /// True for `not …`: the turn must not do this.
    public var negated: Bool
    /// Where the expectation is written.
    public var location: SourceLocation
    /// Where the shared steps holding it were used, innermost first; empty when written in the test itself.
    public var usedAt: [SourceLocation]

    public init(_ check: Check, negated: Bool = false, at location: SourceLocation, usedAt: [SourceLocation] = []) {
        self.check = check
        self.negated = negated
        self.location = location
        self.usedAt = usedAt
    }
}

// @unchecked: `NSRegularExpression` is immutable and documented as safe to share between threads.
/// A regular expression as written, compiled once.
public struct Pattern: @unchecked Sendable {
    /// The pattern as written.
    public let source: String
    /// Compiled case-insensitive; `NSRegularExpression` is safe to share between threads.
    public let regex: NSRegularExpression

    /// Compiles `source`, or throws when it is not a valid ICU pattern.
    public init(_ source: String) throws {
        self.source = source
        self.regex = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
    }

    /// True when the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
