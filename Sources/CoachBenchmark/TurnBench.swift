import CoachCore
import Foundation

/// Per-turn latency: many sessions side by side, each answering messages from a fixed mix.
enum TurnBench {
    static func run(brain: Brain, messages: [String], turns: Int, sessions count: Int, tracing: Bool = false) -> Samples {
        let engine = Engine(brain: brain, tracing: tracing)
        var sessions = (0..<count).map { engine.newSession(seed: UInt64($0)) }
        var samples = [Double]()
        samples.reserveCapacity(turns)
        var sink = 0
        for i in 0..<turns {
            let s = i % count
            let message = messages[(i * 7 + s) % messages.count]
            let start = Measure.now()
            let turn = engine.respond(to: message, in: sessions[s])
            let end = Measure.now()
            sink &+= turn.replies.count
            sessions[s] = turn.ended ? engine.newSession(seed: UInt64(i)) : turn.session
            samples.append(Double(end - start) / 1e9)
        }
        if sink == -1 { print(sink) }
        return Samples(values: samples)
    }

    /// The floor: only normalising each message, no matching or state change.
    static func normalizeOnly(messages: [String], turns: Int) -> Samples {
        var samples = [Double]()
        samples.reserveCapacity(turns)
        var sink = 0
        for i in 0..<turns {
            let start = Measure.now()
            sink &+= Normalizer.normalize(messages[i % messages.count]).wordCount
            samples.append(Double(Measure.now() - start) / 1e9)
        }
        if sink == -1 { print(sink) }
        return Samples(values: samples)
    }
}

/// A scripted mix of what people write: situations, answers, plans, danger, noise.
enum MessageMix {
    static let messages = [
        "hi", "a guy is yelling at a woman on my train", "no", "yes", "nobody is in danger", "1", "2", "3",
        "I'd tell the driver", "I'll film it", "I'll ask her if she's ok after", "he has a knife", "practice",
        "my colleague keeps making comments about her clothes", "what can I say?", "I feel scared", "back",
        "he didn't hit her", "the joke was a killer", "I want to learn about the 5Ds", "something happened yesterday",
        "I'd pretend to know her and start talking", "tell him to knock it off", "I'm at work", "online, in a group chat",
        "she looked really uncomfortable and I froze", "ok", "thanks", "help", "I don't know", "restart",
    ]
}
