/// Small closed word lists the matcher relies on.
enum Lexicon {
    /// Dropped from the token stream, so "a knife" and "the knife" match "knife".
    static let articles: Set<String> = ["a", "an", "the"]

    /// Words that start a new clause; negation does not reach across them.
    static let clauseWords: Set<String> = ["but", "and", "so", "because", "though", "although", "however", "yet", "then", "while", "now"]

    /// Words that negate what follows, with how many content words they reach.
    static let negationCues: [String: Int] = [
        "not": 3, "never": 3, "nobody": 3, "nothing": 3, "none": 3, "neither": 3, "nor": 2,
        "without": 2, "noone": 3, "hardly": 2, "no": 2,
    ]

    /// The furthest any negation word reaches, so the backward search can stop there.
    static let longestNegationReach = negationCues.values.max() ?? 0

    /// Words a negation passes over without using up its reach ("nobody *is in* danger").
    static let negationTransparent: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "in", "on", "at", "has", "have", "had",
        "any", "anyone", "anybody", "anything", "to", "of", "here", "there", "really", "actually", "even",
        "got", "get", "getting", "do", "does", "did", "will", "would", "can", "could", "should", "seem", "seems",
        "one", "real", "immediate", "physical", "actual", "them", "us", "currently", "right",
    ]

    /// Subject words that start a new statement and so end a negation's reach ("no *he* has a knife").
    static let negationStoppers: Set<String> = [
        "he", "she", "they", "i", "you", "we", "it", "someone", "somebody", "this", "that",
        // "he can't stop hitting her", "I don't know what to do, there's a knife": the negation is about something else.
        "stop", "stops", "stopping", "stopped", "what", "if", "whether", "when",
        // "a man I don't know is banging on my door", "not sure but he's got a knife": not knowing is not denying.
        "know", "knows", "sure",
    ]

    /// Words before "no" that make it an exclamation ("oh no he has a gun") or the answer refused ("he
    /// wouldn't take no"): not a negation of what follows.
    static let nonNegatingBeforeNo: Set<String> = ["oh", "uh", "ah", "omg", "take", "took", "taking", "takes", "accept"]

    /// Politeness words ignored when an intent must be the whole message.
    static let fillers: Set<String> = ["please", "pls", "plz", "ok", "okay", "just", "now", "again", "thanks", "thank", "you", "i", "want", "to", "me", "let", "go", "can", "we", "would", "like", "hmm", "um", "uh", "oh"]

    /// Function words ignored when comparing a message with a quick-reply label.
    static let stopwords: Set<String> = [
        "i", "me", "my", "you", "your", "it", "is", "are", "am", "was", "to", "of", "in", "on", "at", "for",
        "with", "and", "or", "be", "do", "want", "would", "like", "please", "some", "something", "this", "that",
        "one", "option", "choice", "let", "s", "us", "about", "just", "more", "what", "how",
        "someone", "somebody", "anyone", "anybody", "anything", "everyone", "everybody", "everything",
    ]

    /// Emoji read as the word they stand for, so scripts can match them (laughter marks a joke).
    static let emojiWords: [UInt32: String] = [
        0x1F602: "haha", 0x1F923: "haha", 0x1F606: "haha", 0x1F639: "haha", 0x1F605: "haha", 0x1F61C: "haha",
        0x1F62D: "crying", 0x1F622: "crying", 0x1F630: "scared", 0x1F628: "scared", 0x1F631: "scared",
        0x1F633: "shocked", 0x1F525: "fire", 0x1F52A: "knife", 0x1F52B: "gun", 0x1F6A8: "alarm",
    ]

    /// Apostrophe-less contractions people type in chat.
    static let bareContractions: [String: [String]] = [
        "dont": ["do", "not"], "didnt": ["did", "not"], "doesnt": ["does", "not"], "isnt": ["is", "not"],
        "arent": ["are", "not"], "wasnt": ["was", "not"], "werent": ["were", "not"], "cant": ["can", "not"],
        "cannot": ["can", "not"], "wont": ["will", "not"], "couldnt": ["could", "not"], "wouldnt": ["would", "not"],
        "shouldnt": ["should", "not"], "hasnt": ["has", "not"], "havent": ["have", "not"], "hadnt": ["had", "not"],
        "aint": ["is", "not"], "mustnt": ["must", "not"], "neednt": ["need", "not"], "im": ["i", "am"],
        "ive": ["i", "have"], "youre": ["you", "are"], "theyre": ["they", "are"], "hes": ["he"],
        "shes": ["she"], "thats": ["that"], "whats": ["what"], "ur": ["your"], "u": ["you"],
        // Chat forms typed on phones.
        "rn": ["right", "now"], "pls": ["please"], "plz": ["please"], "gf": ["girlfriend"], "bf": ["boyfriend"],
        "tho": ["though"], "bc": ["because"], "cuz": ["because"], "coz": ["because"], "cos": ["because"],
        "ppl": ["people"], "smth": ["something"], "idk": ["i", "do", "not", "know"], "abt": ["about"],
        "thru": ["through"], "gonna": ["going", "to"], "wanna": ["want", "to"], "gotta": ["got", "to"],
        "b4": ["before"], "thx": ["thanks"], "omw": ["on", "my", "way"],
        "bcoz": ["because"], "ppls": ["people"], "hv": ["have"], "dunno": ["do", "not", "know"],
        "yr": ["year"], "yrs": ["years"], "wat": ["what"], "wot": ["what"],
        "sum1": ["someone"], "some1": ["someone"], "any1": ["anyone"], "every1": ["everyone"], "no1": ["no", "one"],
        "bout": ["about"], "w": ["with"], "cud": ["could"], "shud": ["should"], "wud": ["would"], "kinda": ["kind", "of"],
        "outta": ["out", "of"], "lemme": ["let", "me"], "gimme": ["give", "me"], "tryna": ["trying", "to"],
        "n": ["and"], "msg": ["message"], "msgs": ["messages"], "msgd": ["messaged"], "msging": ["messaging"],
        "msgin": ["messaging"], "txt": ["text"], "txts": ["texts"], "txtd": ["texted"], "txting": ["texting"],
        "wk": ["week"], "wks": ["weeks"], "lil": ["little"], "dey": ["they"], "dem": ["them"], "dat": ["that"],
        "wiv": ["with"], "wit": ["with"], "ima": ["i", "am", "going", "to"], "imma": ["i", "am", "going", "to"],
        "finna": ["going", "to"], "tmrw": ["tomorrow"], "tonite": ["tonight"], "nite": ["night"],
        "wen": ["when"], "sed": ["said"], "accs": ["accounts"], "acc": ["account"], "sem": ["semester"],
        "yday": ["yesterday"], "yest": ["yesterday"], "tmr": ["tomorrow"], "2day": ["today"], "2nite": ["tonight"],
        "2moro": ["tomorrow"],
    ]

    /// The contractions typed without apostrophe and the irregular forms, in a fixed order, for `WordInfo` to point into.
    static let expansionList: [(word: String, words: [String])] = bareContractions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    /// `expansionList`'s words as bytes, each with what `wordInfo` says of it, for the scanner.
    static let expansionWords: [[(bytes: [UInt8], info: WordInfo?)]] = expansionList.map { entry in
        entry.words.map { (Array($0.utf8), wordInfo.find($0.utf8)) }
    }
    static let irregularList: [(word: String, stem: String)] = Stemmer.irregularStems.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }

    /// What the scanner needs to know about a word, by its bytes: one look-up per word, no `String`.
    static let wordInfo: ByteTable<WordInfo> = {
        var table = ByteTable<WordInfo>(minimumCapacity: 256)
        func update(_ word: String, _ change: (inout WordInfo) -> Void) {
            var info = table.find(word.utf8) ?? WordInfo()
            change(&info)
            table.set(word.utf8, info)
        }
        for word in articles { update(word) { $0.isArticle = true } }
        for word in clauseWords { update(word) { $0.isClauseWord = true } }
        let kinds: [(Set<String>, WordKinds)] = [
            (Set(negationCues.keys), .negationCue), (negationStoppers, .negationStopper), (negationTransparent, .negationTransparent),
            (nonNegatingBeforeNo, .makesNoNonNegating), (fillers, .filler), (stopwords, .stopword),
        ]
        for (words, kind) in kinds { for word in words { update(word) { $0.kinds.insert(kind) } } }
        for (k, entry) in expansionList.enumerated() { update(entry.word) { $0.expansionIndex = Int16(k) } }
        for (k, entry) in irregularList.enumerated() { update(entry.word) { $0.irregularIndex = Int16(k) } }
        return table
    }()
}

/// What `Lexicon` says about one word.
struct WordInfo: Sendable {
    var isArticle = false
    var isClauseWord = false
    var kinds: WordKinds = []
    var isNegationCue: Bool { kinds.contains(.negationCue) }
    /// The words a contraction typed without its apostrophe stands for ("dont": "do", "not").
    var expansion: [String]? { expansionIndex < 0 ? nil : Lexicon.expansionList[Int(expansionIndex)].words }
    var expansionIndex: Int16 = -1
    /// The stem of an irregular form ("men": "man").
    var irregularStem: String? { irregularIndex < 0 ? nil : Lexicon.irregularList[Int(irregularIndex)].stem }
    var irregularIndex: Int16 = -1
}
