import Foundation

/// Finds which intents a message expresses: one scan of the message's words finds every keyword,
/// word pattern and frame that can start at each word; regular expressions (rare) run on the normalised
/// text; then evidence that is excluded, cancelled by a frame (negation, the past, fiction...), outside a
/// frame it needs, or not the whole message when it must be, is dropped.
///
/// Only intents the current state listens for are considered when a filter is given.
struct Matcher {
    let brain: Brain

    /// One piece of evidence before the checks: where it is and what it is.
    struct Candidate {
        let intent: Int
        let range: Range<Int>
        let source: MessageAnalysis.Hit.Source
        let bytes: Range<Int>
    }

    func analyze(_ message: String, listening: IntentSet? = nil) -> MessageAnalysis {
        var workspace = MatchWorkspace(patterns: brain.patterns.patterns.count)
        return analyze(message, listening: listening, everyPattern: true, workspace: &workspace)
    }

    /// `analyze(_:listening:)` in a workspace kept from an earlier message (`WorkspacePool`). Without `everyPattern` (a turn
    /// no trace reads), what only changes which evidence is kept is looked for only when the evidence found asks for it
    /// (`Analysis.findAskedFor`): the hits are the same, but `MessageAnalysis.frames` lists fewer frames.
    func analyze(_ message: String, listening: IntentSet?, everyPattern: Bool, workspace: inout MatchWorkspace) -> MessageAnalysis {
        let normalized = Normalizer.normalize(message)
        workspace.view.read(normalized, vocabulary: brain.patterns.vocabulary, speller: brain.speller)
        let view = workspace.view
        var state = Analysis(brain: brain, normalized: normalized, listening: listening, everyPattern: everyPattern)
        // The evidence and frame lists are the workspace's, kept for their room (empty between messages).
        swap(&state.pending, &workspace.pending)
        swap(&state.frameHits, &workspace.frameHits)
        state.findPatterns(view, &workspace)
        state.settle()
        let analysis = MessageAnalysis(normalized: normalized, hits: state.best.list, discards: state.discarded, brain: brain,
                                       frames: state.frameHits.map { ($0.frame, state.byteRange($0.range)) },
                                       corrections: view.corrections.map { "\($0.typed) -> \($0.readAs)" })
        state.frameHits.removeAll(keepingCapacity: true)
        swap(&state.pending, &workspace.pending)
        swap(&state.frameHits, &workspace.frameHits)
        return analysis
    }

    /// The working state of one analysis.
    struct Analysis {
        let brain: Brain
        let normalized: NormalizedText
        let listening: IntentSet?
        /// Whether every pattern is run (traces), or the `unless:` phrases and frames only when the evidence asks for them.
        let everyPattern: Bool
        var best = BestHits()
        var discarded: [MessageAnalysis.Discard] = []
        var exclusions: [Int: [Range<Int>]] = [:]
        var frameHits: [(frame: Int, range: Range<Int>)] = []
        var frameExclusions: [Int: [Range<Int>]] = [:]
        /// The frames in `frameHits` once they are final, so `frameHit` passes over the others at once.
        var framesFound = IntentSet(words: [])
        var pending: [Candidate] = []
        /// How much evidence `settle` is weighing: room for that much is made at the first discard.
        var weighing = 0

        init(brain: Brain, normalized: NormalizedText, listening: IntentSet?, everyPattern: Bool = true) {
            self.brain = brain
            self.normalized = normalized
            self.listening = listening
            self.everyPattern = everyPattern
        }

        func listens(_ intent: Int) -> Bool { listening?.contains(intent) ?? true }

        /// Whether a pattern's match matters here: frames always; an intent's evidence when the state listens.
        func wanted(_ owner: PatternOwner) -> Bool {
            switch owner {
            case .intent(let intent), .exclusion(let intent): return listens(intent)
            case .frame, .frameExclusion: return true
            }
        }

        /// Whether any owner of pattern `id` is wanted here: `owner` is its head's (`PatternOwner.code`, -1 for several).
        func wantsAny(_ index: PatternIndex, _ id: Int, owner only: Int32) -> Bool {
            if only >= 0 { return only & 2 != 0 || listens(Int(only >> 2)) }
            let owners = index.owners
            for k in owners.range(id) {
                let code = owners.items[k]
                if code & 2 != 0 || listens(Int(code >> 2)) { return true }
            }
            return false
        }

        /// Runs the message's candidate patterns, in the order `PatternIndex.candidates` lists them, and records their
        /// matches by owner, then the regular expressions (their evidence after the patterns'). Without `everyPattern`,
        /// the `unless:` phrases and frame patterns of one owner wait until the evidence is known (`findAskedFor`). The
        /// workspace (`MatchWorkspace`) lends the marks and the lists.
        mutating func findPatterns(_ view: TokenView, _ workspace: inout MatchWorkspace) {
            let index = brain.patterns
            guard !index.isEmpty, view.count > 0 else { return findRegexes() }
            var runner = PositionRunner(program: index.program, message: view, memory: &workspace.runnerMemory)
            var slowRunner: BacktrackingRunner?
            index.scan(view, into: &workspace.scan)
            let listed = index.candidates(view, &workspace.scan, &workspace.visited, into: &workspace.candidates)
            // The candidates put off are moved to the front of the list, in order (never past the one being read):
            // `findAskedFor` walks only those.
            var putOff = 0
            workspace.candidates.withUnsafeMutableBufferPointer { candidates in
                for k in 0..<listed {
                    let candidate = candidates[k]
                    if !everyPattern, Self.isAskedFor(candidate.owner) {
                        candidates[putOff] = candidate
                        putOff += 1
                        continue
                    }
                    guard wantsAny(index, Int(candidate.pattern), owner: candidate.owner) else { continue }
                    run(candidate, index, view, &runner, &slowRunner)
                }
            }
            workspace.putOff = putOff
            findRegexes()
            if putOff > 0 { findAskedFor(index, view, &runner, &slowRunner, &workspace) }
            runner.giveBack(to: &workspace.runnerMemory)
            frameHits.removeAll { hit in frameExclusions[hit.frame]?.contains { $0.overlaps(hit.range) } ?? false }
            dropUndoneFrames()
            guard !frameHits.isEmpty else { return }
            framesFound = IntentSet(capacity: brain.frames.count)
            for hit in frameHits { framesFound.insert(hit.frame) }
        }

        /// Runs one candidate and records its match by owner.
        mutating func run(_ candidate: PatternIndex.Candidate, _ index: PatternIndex, _ view: TokenView,
                          _ runner: inout PositionRunner, _ slowRunner: inout BacktrackingRunner?) {
            let id = Int(candidate.pattern), start = Int(candidate.start)
            let sequence = index.program.patternSequence[id]
            let longest: Int?
            if sequence >= 0 {
                longest = runner.longestMatch(sequence: sequence, at: start)
            } else {
                if slowRunner == nil { slowRunner = BacktrackingRunner(index: index, message: view) }
                longest = slowRunner!.longestMatch(id, at: start)
            }
            guard let end = longest else { return }
            let range = start..<end
            for k in index.owners.range(id) {
                let owner = PatternOwner(code: index.owners.items[k])
                guard wanted(owner) else { continue }
                switch owner {
                case .intent(let intent):
                    pending.append(Candidate(intent: intent, range: range, source: index.evidence(id), bytes: byteRange(range)))
                case .exclusion(let intent): exclusions[intent, default: []].append(range)
                case .frame(let frame): frameHits.append((frame, range))
                case .frameExclusion(let frame): frameExclusions[frame, default: []].append(range)
                }
            }
        }

        /// Drops a frame's words wherever one of its `undone by:` phrases is within their reach.
        mutating func dropUndoneFrames() {
            guard !brain.undoes.isEmpty else { return }
            let undoing = frameHits.compactMap { hit in brain.undoes[hit.frame].map { (target: $0, range: hit.range) } }
            guard !undoing.isEmpty else { return }
            frameHits.removeAll { hit in
                undoing.contains { $0.target == hit.frame
                    && FrameReach.covers(brain.frames[hit.frame].scope, from: hit.range, $0.range, normalized) }
            }
        }

        mutating func findRegexes() {
            let index = brain.index
            guard !index.patterns.isEmpty else { return }
            let candidates = index.candidatePatterns(for: normalized.text) { id in listens(index.patterns[id].intent) }
            guard !candidates.isEmpty else { return }
            let offsets = UTF16Offsets(normalized.text)
            let whole = NSRange(location: 0, length: offsets.utf16Count)
            for id in candidates {
                let pattern = index.patterns[id]
                for match in pattern.regex.matches(in: normalized.text, range: whole) {
                    let bytes = offsets.byteRange(match.range)
                    pending.append(Candidate(intent: pattern.intent, range: tokenRange(bytes), source: .regex(pattern.source), bytes: bytes))
                }
            }
        }

        /// Weighs the evidence found, in order. Each piece is read where it lies in the list (taken out of `pending` for
        /// the while), not copied: a copy retains its source.
        mutating func settle() {
            var evidence: [Candidate] = []
            swap(&evidence, &pending)
            weighing = evidence.count
            evidence.withUnsafeBufferPointer { evidence in
                for k in evidence.indices { consider(k, of: evidence) }
            }
            weighing = 0
            evidence.removeAll(keepingCapacity: true)
            swap(&evidence, &pending)
        }

        /// Keeps candidate `k` of `evidence` as its intent's best hit unless it is excluded, cancelled by a frame, outside
        /// a frame it needs, or not the whole message. The candidate is read where it lies: a copy retains its source, and
        /// only the evidence kept or discarded needs that.
        mutating func consider(_ k: Int, of evidence: UnsafeBufferPointer<Candidate>) {
            // The intent's fields are read in place: copying the whole `CompiledIntent` retains every array it holds.
            let intents = brain.intents
            let id = evidence[k].intent
            let range = evidence[k].range
            if !exclusions.isEmpty, let excluded = exclusions[id]?.first(where: { $0.overlaps(range) }) {
                return discard(evidence[k], .excluded(words(byteRange(excluded))))
            }
            if intents[id].negationCancels, let cue = negation(before: range) {
                return discard(evidence[k], .negation(cue))
            }
            for frame in intents[id].cancellingFrames {
                if let hit = frameHit(frame, covering: range) {
                    return discard(evidence[k], .frame(frame, words(byteRange(hit))))
                }
            }
            if !intents[id].requiredFrames.isEmpty, !intents[id].requiredFrames.contains(where: { frameHit($0, covering: range) != nil }) {
                return discard(evidence[k], .outsideFrames)
            }
            if intents[id].wholeMessage, !coversMessage(range) {
                return discard(evidence[k], .notWholeMessage)
            }
            let score = intents[id].highPriority ? max(range.count, normalized.spans.count) : max(1, range.count)
            if let best = best.score(of: id), best >= score { return }
            best.keep(MessageAnalysis.Hit(intent: id, score: score, source: evidence[k].source, text: normalized.text,
                                          bytes: evidence[k].bytes, isHighPriority: intents[id].highPriority))
        }

        /// The negating words before a mention: the script's `frame negation` if it has one, else the built-in cues.
        func negation(before range: Range<Int>) -> String? {
            guard let frame = brain.negationFrame else { return Negation.cue(before: range.lowerBound, in: normalized) }
            return frameHit(frame, covering: range).map { String(words(byteRange($0))) }
        }

        /// The range of a hit of `frame` whose scope covers `range`.
        func frameHit(_ frame: Int, covering range: Range<Int>) -> Range<Int>? {
            guard framesFound.contains(frame) else { return nil }
            let scope = brain.frames[frame].scope
            return frameHits.first { $0.frame == frame && FrameReach.covers(scope, from: $0.range, range, normalized) }?.range
        }

        /// Records evidence thrown away; its text is written only when a trace asks for it.
        mutating func discard(_ candidate: Candidate, _ reason: MessageAnalysis.Discard.Reason) {
            let hit = MessageAnalysis.Hit(intent: candidate.intent, score: 0, source: candidate.source, text: normalized.text,
                                          bytes: candidate.bytes, isHighPriority: false)
            // Room for every piece of evidence at the first discard: one allocation, not one at each doubling.
            if discarded.isEmpty { discarded.reserveCapacity(weighing) }
            discarded.append(MessageAnalysis.Discard(hit: hit, reason: reason))
        }

        func byteRange(_ range: Range<Int>) -> Range<Int> {
            let spans = normalized.spans
            guard !range.isEmpty else { return 0..<0 }
            return Int(spans[range.lowerBound].start)..<Int(spans[range.upperBound - 1].end)
        }

        func words(_ bytes: Range<Int>) -> Substring { normalized.text(bytes: bytes) }

        /// The tokens whose bytes overlap `bytes`.
        func tokenRange(_ bytes: Range<Int>) -> Range<Int> {
            let spans = normalized.spans
            var first = 0
            while first < spans.count, Int(spans[first].end) <= bytes.lowerBound { first += 1 }
            var last = first
            while last < spans.count, Int(spans[last].start) < bytes.upperBound { last += 1 }
            return first..<max(first, last)
        }

        func coversMessage(_ range: Range<Int>) -> Bool {
            normalized.spans.indices.allSatisfy { range.contains($0) || normalized.spans[$0].kinds.contains(.filler) }
        }
    }
}

/// Converts NSRegularExpression's UTF-16 ranges to UTF-8 byte ranges in one pass per message.
struct UTF16Offsets {
    /// Byte offset of each UTF-16 offset (nil when the text is ASCII, where they are equal).
    private let bytesAt: [Int]?
    let utf16Count: Int

    init(_ text: String) {
        utf16Count = text.utf16.count
        if utf16Count == text.utf8.count {
            bytesAt = nil
            return
        }
        var table = [Int]()
        table.reserveCapacity(utf16Count + 1)
        var byte = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            for _ in 0..<UTF16.width(scalar) { table.append(byte) }
            byte += width
        }
        table.append(byte)
        bytesAt = table
    }

    func byteRange(_ range: NSRange) -> Range<Int> {
        guard let bytesAt else { return range.location..<(range.location + range.length) }
        return bytesAt[range.location]..<bytesAt[range.location + range.length]
    }
}
