/// The checks `coach lint` adds to loading: each regex (prefer a word pattern, literals that can never
/// match), dead-end states, intents of one state that match the same example, practice states that do not
/// handle the police plan, blocks no state uses, words whose stem is a common little word, two `!` at a pattern's start, a phrase ending in an article, a dropped-g form beside its full word, a one-letter chat form ("n" reads as "and"). Pure: a script and its brain in, diagnostics out.
public enum Linter {
    public static func check(_ script: Script, brain: Brain?) -> [Diagnostic] {
        let (expanded, _) = BlockExpander.expand(script)
        var diagnostics = RegexCheck.run(expanded) + UnusedBlockCheck.run(script) + StemCollisionCheck.run(script) + LookBehindCheck.run(script)
            + DroppedArticleCheck.run(script) + TypedFormCheck.run(script) + ChatFormCheck.run(script)
        if let brain {
            diagnostics += DeadEndCheck.run(brain)
            diagnostics += ExampleOverlapCheck.run(brain)
            diagnostics += PracticePoliceCheck.run(brain)
        }
        return diagnostics
    }
}
