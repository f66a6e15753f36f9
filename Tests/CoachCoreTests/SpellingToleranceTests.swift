import CoachCore
import XCTest

/// Spelling tolerance (a dropped g always; one edit only with a known-words list) and chat forms.
final class SpellingToleranceTests: XCTestCase {
    static let script = """
    start s
    intent danger
      keywords: choking, punch, film, record, knife, shoot, bleed, blend, robbing
    intent calm
      keywords: shout, right now, with her, please
    intent weapon
      keywords: "panga", "bein" hit
    intent story
      keywords: manga
    state s
      say: hi
      on danger, calm, weapon, story -> s

    """

    static let knownWords = ["bunch", "he", "her", "is", "punch", "robin", "shout", "the", "with"]

    static func brain(knownWords: [String]) -> Brain {
        var (script, _) = DialogueLoader.load(entry: "main.coach") { _ in .success(Self.script) }
        script.knownWords = KnownWords(sortedLines: knownWords.sorted().joined(separator: "\n") + "\n")
        return Compiler.compile(script).brain!
    }

    /// The intents matched and the corrections made, as one line: "danger | chokin -> choking".
    static func read(_ brain: Brain, _ message: String) -> String {
        let analysis = brain.analyze(message)
        let intents = analysis.hits.keys.map { brain.intents[$0].name }.sorted().joined(separator: ",")
        return ([intents] + analysis.corrections).joined(separator: " | ")
    }

    func testCorrections() {
        let plain = Self.brain(knownWords: [])
        let listed = Self.brain(knownWords: Self.knownWords)
        let cases: [(name: String, message: String, withoutList: String, withList: String)] = [
            ("dropped g", "he is chokin her", "danger | chokin -> choking", "danger | chokin -> choking"),
            ("dropped g, by stem", "stop punchin him", "danger | punchin -> punching", "danger | punchin -> punching"),
            ("-ing with its i dropped", "he is chokng her", "danger | chokng -> choking", "danger | chokng -> choking"),
            ("-ing with its n and g swapped", "stop punchign him", "danger | punchign -> punching", "danger | punchign -> punching"),
            ("-ing with its i and n swapped", "he is robbnig", "danger | robbnig -> robbing", "danger | robbnig -> robbing"),
            ("a word ending in -ng is left alone when it is no script word's -ing", "a long song", "", ""),
            ("doubled letter", "are you filmm it", "", "danger | filmm -> film"),
            ("swapped letters", "recrod this", "", "danger | recrod -> record"),
            ("one wrong letter", "recird it", "", "danger | recird -> record"),
            ("two corrections fit: shoot or shout", "shoit", "", ""),
            ("a word of four letters is read only as one with a letter left out", "a knfe", "", "danger | knfe -> knif"),
            ("a word of four letters is not otherwise edited", "a knif", "danger", "danger"),
            ("a known word is never corrected", "a bunch of flowers", "", ""),
            ("a known word is never read with a g", "robin is here", "danger | robin -> robing", ""),
            ("a script word is never corrected", "he started to shout", "calm", "calm"),
            ("two corrections fit: none is made", "it will bleend", "", ""),
            ("digits are never corrected", "filmm2", "", ""),
            ("exact words need no correction", "he is choking her", "danger", "danger"),
            ("a quoted word is never corrected into another", "a panga", "weapon", "weapon"),
            ("a quoted word is never read with a g", "bein hit", "weapon", "weapon"),
            ("a quoted word is no correction: only stems are", "a pangaa", "", ""),
            ("a letter held down", "pleaseee", "calm | pleaseee -> please", "calm | pleaseee -> please"),
            ("a held letter read as two first", "shooooot him", "danger | shooooot -> shoot", "danger | shooooot -> shoot"),
            ("a held letter read as one", "filmmm it", "danger | filmmm -> film", "danger | filmmm -> film"),
            ("held letters and a dropped g", "stop punchinnn him", "", ""),
            ("a held letter that makes no script word is left alone", "zzzz", "", ""),
        ]
        for c in cases {
            XCTAssertEqual(Self.read(plain, c.message), c.withoutList, "without a list: " + c.name)
            XCTAssertEqual(Self.read(listed, c.message), c.withList, "with a list: " + c.name)
        }
    }

    func testChatForms() {
        let cases: [(typed: String, words: String)] = [
            ("he is here rn", "he is here right now"),
            ("w/ her", "with her"),
            ("pls help", "please help"),
            ("can u help", "can you help"),
            ("ur friend", "your friend"),
            ("my gf and bf", "my girlfriend and boyfriend"),
            ("ok tho", "ok though"),
            ("idk what to do", "i do not know what to do"),
            ("b4 the bus", "before bus"),
            ("gonna call", "going to call"),
            ("dey jumpin him n his mate", "they jumpin him and his mate"),
            ("msgin me every nite for 2 wks", "messaging me every night for 2 weeks"),
            ("imma txt her", "i am going to text her"),
            ("wait wit her", "wait with her"),
            ("fight yday, 2nite tmr 2moro yest 2day", "fight yesterday tonight tomorrow tomorrow yesterday today"),
        ]
        for c in cases { XCTAssertEqual(Normalizer.normalize(c.typed).words, c.words, c.typed) }
        let brain = Self.brain(knownWords: [])
        XCTAssertEqual(Self.read(brain, "he's here rn"), "calm")
        XCTAssertEqual(Self.read(brain, "I'm w/ her"), "calm")
        XCTAssertEqual(Self.read(brain, "pls"), "calm")
    }
}
