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

    /// A block used by several states with the same arguments is parsed once and added to each; a block
    /// with 'or' adds its variant to the 'say' above it, the state's own when the block has none.
    func testBlocksUsedTwiceAndBlocksWithOr() {
        let script = """
        start a
        intent yes
          keywords: yes
        block shared(next)
          on yes -> {next}
          say: Shared words.
        block more
          or: Or these words.
        state a
          say: A.
          use: shared(b)
          use: more
        state b
          say: B.
          use: shared(b)
          use: more
        state c
          say: C.
          use: shared(a)

        """
        let brain = brain(script)
        XCTAssertEqual(Self.lines(brain, "a"), ["on yes -> b"])
        XCTAssertEqual(Self.lines(brain, "b"), ["on yes -> b"])
        XCTAssertEqual(Self.lines(brain, "c"), ["on yes -> a"])
        for name in ["a", "b"] {
            let messages = brain.states[brain.stateID(name)!].messages
            XCTAssertEqual(messages.count, 2, name)
            XCTAssertEqual(messages.last?.variants.count, 2, "'or' adds to the block's own 'say' in \(name)")
        }
        XCTAssertEqual(brain.states[brain.stateID("c")!].messages.count, 2)
        XCTAssertEqual(brain.states[brain.stateID("c")!].messages.last?.variants.count, 1)
    }

    func testAMistakeInABlockUsedTwiceIsReportedOnce() {
        let script = """
        start a
        block broken
          on -> a
        state a
          say: A.
          use: broken
        state b
          say: B.
          use: broken

        """
        let messages = compile(["main.coach": script]).diagnostics.filter { $0.severity == .error }.map { "\($0.location.line): \($0.message)" }
        XCTAssertEqual(messages, ["3: expected '->' and a target"])
    }
}
