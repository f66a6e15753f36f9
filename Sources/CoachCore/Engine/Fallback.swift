/// What the coach says when it did not understand: first a rephrase, then a numbered menu; never a dead end.
struct Fallback {
    static let defaultApology = "Sorry, I didn't quite get that."
    static let defaultMenu = "Here are the options. Reply with a number or the words:"
    static let defaultWayOut = "You can type help, back, restart or quit at any time."

    let brain: Brain

    func reply(in stateID: Int, _ turn: inout TurnResult) {
        // The state's fields are read in place and slots looked up in the session where it is: copying the
        // `CompiledState` or the session (what `turn.session.value(of:)` as a value does) retains every array they hold.
        let states = brain.states
        turn.session.misses += 1
        turn.addTags(["fallback"])
        turn.addTags(states[stateID].tags)
        func lookup(_ slot: String) -> String? { turn.session.value(of: slot) }
        let apology = brain.fallbackText?.render(lookup) ?? Self.defaultApology
        let spoken = states[stateID].messages.last { $0.condition?.holds(lookup) ?? true }
        let question = states[stateID].reprompt?.render(lookup) ?? spoken?.variants.first?.render(lookup) ?? ""
        let choices = states[stateID].choices
        if turn.session.misses == 1 || choices.isEmpty {
            let hint = turn.session.misses > 1 ? " " + Self.defaultWayOut : ""
            turn.replies.append(Reply(text: [apology, question].filter { !$0.isEmpty }.joined(separator: " ") + hint))
            let misses = turn.session.misses
            turn.note("  miss \(misses): rephrasing")
        } else {
            let menu = brain.menuText?.render(lookup) ?? Self.defaultMenu
            let labels = choices.map(\.label)
            // The labels go out as choices only: every transport numbers them once (the terminal under the
            // message, Twilio in the text, Rasa and Telegram as buttons).
            turn.replies.append(Reply(text: menu, choices: labels))
            let misses = turn.session.misses
            turn.note("  miss \(misses): offering the choices as a numbered menu")
        }
    }
}
