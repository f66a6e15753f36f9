import CoachCore
import XCTest

/// `block NAME(PARAMS)` and `use: NAME(ARGS)`: lines written once, parameters filled in, added after the state's own.
final class BlockExpansionTests: XCTestCase {
    static let script = """
    start metro
    intent plan_distract
      keywords: distract
    intent plan_delegate
      keywords: delegate
    intent yes
      keywords: yes
    block practice_answers(id, next)
      on plan_distract -> {id}_distract; set used = distract
      on plan_delegate -> {id}_delegate; set used = {id}
      choice: Next scene -> {next}
    state metro
      say: On the metro.
      use: practice_answers(metro, bus)
      on yes -> bus
    state metro_distract
      say: You chose to {used}.
    state metro_delegate
      say: You asked for help on the {used}.
    state bus
      say: On the bus.
      use: practice_answers(bus, metro)
      choice: Stop -> @end
    state bus_distract
      say: Bus, {used}.
    state bus_delegate
      say: Bus, {used}.

    """

    /// A state's choices and transitions in order, as `label -> target` and `intents -> target; slot = value`.
    static func lines(_ brain: Brain, _ state: String) -> [String] {
        let compiled = brain.states[brain.stateID(state)!]
        func target(_ action: CompiledAction) -> String {
            let base: String
            switch action.target {
            case .state(let id): base = brain.states[id].name
            case .end: base = "@end"
            default: base = "?"
            }
            return ([base] + action.assignments.map { "\($0.slot.name) = \($0.value)" }).joined(separator: "; ")
        }
        return compiled.choices.map { "choice \($0.label) -> " + target($0.action) }
            + compiled.transitions.map { "on " + $0.intents.map { brain.intents[$0].name }.joined(separator: ", ") + " -> " + target($0.action) }
    }

    func testParametersAreFilledInAndLinesComeAfterTheStatesOwn() {
        let brain = brain(Self.script)
        let cases: [(state: String, lines: [String])] = [
            ("metro", [
                "choice Next scene -> bus",
                "on yes -> bus",
                "on plan_distract -> metro_distract; used = distract",
                "on plan_delegate -> metro_delegate; used = metro",
            ]),
            ("bus", [
                "choice Stop -> @end",
                "choice Next scene -> metro",
                "on plan_distract -> bus_distract; used = distract",
                "on plan_delegate -> bus_delegate; used = bus",
            ]),
            ("metro_distract", []),
        ]
        for c in cases { XCTAssertEqual(Self.lines(brain, c.state), c.lines, c.state) }
    }

    func testAConversationThroughABlock() {
        let engine = Engine(brain: brain(Self.script))
        let cases: [(messages: [String], replies: [String])] = [
            (["I'd delegate"], ["You asked for help on the metro."]),
            (["yes", "distract"], ["On the bus.", "Bus, distract."]),
            (["yes", "delegate"], ["On the bus.", "Bus, bus."]),
        ]
        for c in cases {
            let turns = play(engine, c.messages)
            XCTAssertEqual(turns.map { $0.replies.map(\.text).joined(separator: " / ") }, c.replies, c.messages.joined(separator: " | "))
        }
    }
}
