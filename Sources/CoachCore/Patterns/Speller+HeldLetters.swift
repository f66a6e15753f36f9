extension Speller {
    /// A letter held down on a phone: "nooo", "yesss", "pleaseee", "helppp". Every run of three or more of one letter is
    /// read as two of it ("gooood" is "good"), then as one ("sooo" is "so"); the first reading that is a script word is
    /// the word meant. Nil when the word has no such run or no reading is a script word.
    func heldLetters(_ bytes: [UInt8]) -> (word: String, id: Int32)? {
        guard hasHeldLetter(bytes) else { return nil }
        for kept in [2, 1] {
            var read: [UInt8] = []
            read.reserveCapacity(bytes.count)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] == bytes[start] { end += 1 }
                let run = end - start
                read.append(contentsOf: repeatElement(bytes[start], count: run >= 3 ? kept : run))
                start = end
            }
            let word = String(decoding: read, as: UTF8.self)
            if let id = vocabulary.id(of: Stemmer.stem(word)) { return (word, id) }
        }
        return nil
    }

    /// Whether three of one letter follow each other.
    private func hasHeldLetter(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 3 else { return false }
        for i in 2..<bytes.count where bytes[i] == bytes[i - 1] && bytes[i] == bytes[i - 2] { return true }
        return false
    }
}
