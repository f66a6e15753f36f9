import CoachCore
import CoachFiles
import Foundation

/// The load cache in a temporary folder of its own, so the benchmark never reads or writes the user's cache.
enum CacheBench {
    /// A cache file for `dialogues` in a fresh temporary folder, written by one load.
    /// The benchmark's cache folder, also given to the `coach` processes it runs.
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-bench-cache").path

    static func primedCache(dialogues: String) -> BrainCacheFile {
        guard let cache = BrainCacheFile(folder: dialogues, environment: ["COACH_CACHE_DIR": folder]) else { fatalError("no cache") }
        _ = DialogueDirectory(path: dialogues).load(cache: cache)
        return cache
    }

    /// Loads from the cache, starts a session and answers one message, as `coach chat` does before its first reply.
    /// Returns the brain, for the caller to free after the measurement.
    static func firstReply(dialogues: String, cache: BrainCacheFile) -> Brain {
        guard let brain = DialogueDirectory(path: dialogues).load(cache: cache).brain else { fatalError("no brain") }
        let engine = Engine(brain: brain, tracing: false)
        let session = engine.newSession(seed: 1)
        guard !engine.respond(to: "someone is shouting at a woman on the bus", in: session).replies.isEmpty else { fatalError("no reply") }
        return brain
    }
}
