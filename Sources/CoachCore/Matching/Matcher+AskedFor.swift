extension Matcher.Analysis {
    /// Whether a pattern whose only owner is `owner` (`PatternOwner.code`, -1 for several) only changes which evidence is
    /// kept: an intent's `unless:` phrase, a frame's words or a frame's `unless:` phrase. A turn no trace reads looks for
    /// these after the evidence (`findAskedFor`).
    static func isAskedFor(_ owner: Int32) -> Bool { owner >= 0 && owner & 3 != 0 }

    /// Runs the candidates put off (`isAskedFor`: the first `workspace.putOff` of `workspace.candidates`, in order) that the
    /// evidence found can ask about: the `unless:` phrases of intents with evidence; the words and `unless:` phrases of the
    /// frames that cancel those intents, that they need, and of negation where they mind it; then the `undone by:` phrases
    /// of those frames found. No other of them changes which evidence is kept.
    mutating func findAskedFor(_ index: PatternIndex, _ view: TokenView, _ runner: inout PositionRunner,
                               _ slowRunner: inout BacktrackingRunner?, _ workspace: inout MatchWorkspace) {
        // Without evidence nothing is asked for: no `unless:` phrase, and no frame (below).
        guard !pending.isEmpty else { return }
        // (An intent with evidence is one its state listens for: its `unless:` phrases are wanted.)
        let putOff = workspace.candidates[..<workspace.putOff]
        for candidate in putOff where candidate.owner & 3 == 1 {
            let intent = Int(candidate.owner >> 2)
            if pending.contains(where: { $0.intent == intent }) { run(candidate, index, view, &runner, &slowRunner) }
        }
        // Per frame id: `asked`, then `found` too once its words are looked for (all 0 between messages); the frames
        // marked are listed to clear their marks.
        let asked: UInt8 = 1, found: UInt8 = 2
        var marked: [Int] = [], marks: [UInt8] = []
        swap(&marked, &workspace.framesAskedFor)  // the workspace's room, not copies of it
        swap(&marks, &workspace.frameMarks)
        if marks.count != brain.frames.count { marks = [UInt8](repeating: 0, count: brain.frames.count) }
        func ask(_ frame: Int) {
            if marks[frame] == 0 {
                marks[frame] = asked
                marked.append(frame)
            }
        }
        for candidate in pending {
            let id = candidate.intent
            for frame in brain.intents[id].cancellingFrames { ask(frame) }
            for frame in brain.intents[id].requiredFrames { ask(frame) }
            if brain.intents[id].negationCancels, let frame = brain.negationFrame { ask(frame) }
        }
        if !marked.isEmpty {
            for candidate in putOff where candidate.owner & 2 != 0 {
                let frame = Int(candidate.owner >> 2)
                if brain.undoTargets[frame] < 0, marks[frame] == asked { run(candidate, index, view, &runner, &slowRunner) }
            }
            var anyFound = false
            for hit in frameHits where marks[hit.frame] & asked != 0 {
                marks[hit.frame] = asked | found
                anyFound = true
            }
            // `undone by:` phrases only for frames found: none when none of the frames asked for was.
            if anyFound {
                for candidate in putOff where candidate.owner & 2 != 0 {
                    let target = Int(brain.undoTargets[Int(candidate.owner >> 2)])
                    if target >= 0, marks[target] == asked | found { run(candidate, index, view, &runner, &slowRunner) }
                }
            }
        }
        for frame in marked { marks[frame] = 0 }
        marked.removeAll(keepingCapacity: true)
        swap(&marked, &workspace.framesAskedFor)
        swap(&marks, &workspace.frameMarks)
    }
}
