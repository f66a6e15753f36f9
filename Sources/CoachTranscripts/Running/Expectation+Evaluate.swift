import CoachCore
import Foundation

extension Expectation {
    /// nil when the turn does what this expectation asks; otherwise why not.
    func evaluate(_ actual: ActualTurn) -> Mismatch? {
        switch check {
        case .messages(let lines):
            if negated {
                guard let said = actual.messages.first(where: { lines[0].contains($0) }) else { return nil }
                return Mismatch(self, "expected no message \(quoted(lines[0])), but the coach said \"\(said)\"")
            }
            if actual.messages.count == lines.count, zip(lines, actual.messages).allSatisfy({ $0.contains($1) }) { return nil }
            return Mismatch(self, "the coach's messages differ (-expected +actual)", diff: MessageDiff.diff(expected: lines, actual: actual.messages))
        case .says(let text):
            let hit = actual.messages.first { $0.range(of: text, options: .caseInsensitive) != nil }
            if negated {
                return hit.map { Mismatch(self, "expected no message containing \"\(text)\", got \"\($0)\"") }
            }
            return hit == nil ? Mismatch(self, "expected a message containing \"\(text)\"") : nil
        case .matches(let pattern):
            let hit = actual.messages.first(where: pattern.matches)
            if negated {
                return hit.map { Mismatch(self, "expected no message matching /\(pattern.source)/, got \"\($0)\"") }
            }
            return hit == nil ? Mismatch(self, "expected a message matching /\(pattern.source)/") : nil
        case .state(let name) where name.name == "@end":
            if negated {
                return actual.ended ? Mismatch(self, "expected the conversation to go on, but it ended") : nil
            }
            return actual.ended ? nil : Mismatch(self, "expected the conversation to end, got state '\(actual.state)'")
        case .state(let name):
            if negated {
                return actual.state == name.name ? Mismatch(self, "expected a state other than '\(name.name)'") : nil
            }
            return actual.state == name.name ? nil : Mismatch(self, "expected state '\(name.name)', got '\(actual.state)'")
        case .intent(let name):
            let got = actual.intent.map { "'\($0)'" } ?? "none"
            if negated {
                guard actual.intent == name?.name else { return nil }
                return Mismatch(self, name.map { "expected an intent other than '\($0.name)'" } ?? "expected an intent, got none")
            }
            guard actual.intent != name?.name else { return nil }
            return Mismatch(self, name.map { "expected intent '\($0.name)', got \(got)" } ?? "expected no intent, got \(got)")
        case .tags(let tags):
            let got = actual.tags.isEmpty ? "no tags" : "tags " + actual.tags.joined(separator: ", ")
            let wrong = tags.map(\.name).filter { actual.tags.contains($0) == negated }
            guard !wrong.isEmpty else { return nil }
            if negated {
                let what = tags.count == 1 ? "no tag '\(wrong[0])'" : "none of the tags \(list(tags.map(\.name)))"
                return Mismatch(self, "expected \(what), got \(got)")
            }
            return Mismatch(self, "expected \(wrong.count == 1 ? "tag" : "tags") \(list(wrong)), got \(got)")
        case .choices(let labels):
            let got = actual.choices.isEmpty ? "none" : actual.choices.joined(separator: " | ")
            let expected = labels.map(\.name)
            if negated {
                if expected.isEmpty { return actual.choices.isEmpty ? Mismatch(self, "expected some choices, got none") : nil }
                guard expected.contains(where: actual.choices.contains) else { return nil }
                let what = expected.count == 1 ? "no choice '\(expected[0])'" : "none of the choices \(list(expected))"
                return Mismatch(self, "expected \(what), got \(got)")
            }
            guard actual.choices != expected else { return nil }
            return Mismatch(self, expected.isEmpty ? "expected no choices, got \(got)" : "expected choices \(expected.joined(separator: " | ")), got \(got)")
        }
    }

    private func quoted(_ wordings: [String]) -> String {
        wordings.map { "\"\($0)\"" }.joined(separator: " or ")
    }

    private func list(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
