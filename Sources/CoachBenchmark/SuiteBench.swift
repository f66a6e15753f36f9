import CoachCore
import CoachTranscripts
import Foundation

/// A transcript suite as large as trainers' big ones: conversations of ten turns, with the expectations
/// (messages, state, intent, tags) that the coach actually produces, so every conversation passes.
enum SuiteBench {
    static func makeSuite(brain: Brain, conversations: Int, turns: Int) -> String {
        let engine = Engine(brain: brain, tracing: false)
        var text = ""
        for n in 0..<conversations {
            text += "test: conversation \(n)\n  seed: \(n)\n"
            var session = engine.newSession(seed: UInt64(n))
            for t in 0..<turns {
                let message = MessageMix.messages[(n * 13 + t * 7) % MessageMix.messages.count]
                let turn = engine.respond(to: message, in: session)
                session = turn.session
                text += "  > \(message)\n"
                for reply in turn.replies where !reply.text.isEmpty {
                    let lines = reply.text.split(separator: "\n", omittingEmptySubsequences: false)
                    text += "  < \(lines[0])\n" + lines.dropFirst().map { "  | \($0)\n" }.joined()
                }
                text += "  state: \(turn.ended ? "@end" : turn.session.state)\n"
                text += "  intent: \(turn.intent ?? "none")\n"
                if !turn.tags.isEmpty { text += "  tags: \(turn.tags.joined(separator: ", "))\n" }
                if turn.ended { break }
            }
        }
        return text
    }

    /// Parses and runs the suite `times` times; each sample is one whole parse + run.
    static func run(brain: Brain, suiteText: String, times: Int) -> (Samples, passed: Int, failed: Int) {
        var passed = 0, failed = 0
        let samples = Measure.repeated(times) {
            let suite = TranscriptSuite(texts: [("bench.test", suiteText)], brain: brain)
            let result = TranscriptRunner(brain: brain).run(suite)
            passed = result.passed
            failed = result.failed
        }
        return (samples, passed, failed)
    }
}
