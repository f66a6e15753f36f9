/// How a word beginning (`stab*`) matches a word: the word starts with it; a beginning that ends in
/// "e" also matches the forms that drop the e ("force*" matches "forcing" and "forced").
enum WordBeginning {
    static func matches<Prefix: BidirectionalCollection<UInt8>>(_ word: ArraySlice<UInt8>, _ prefix: Prefix) -> Bool {
        if word.starts(with: prefix) { return true }
        guard prefix.count >= 4, prefix.last == UInt8(ascii: "e"), word.count >= prefix.count + 2,
              word.starts(with: prefix.dropLast()) else { return false }
        let rest = word[(word.startIndex + prefix.count - 1)...]
        return rest.starts(with: "ing".utf8) || rest.starts(with: "ed".utf8)
    }

    static func matches(_ word: ArraySlice<UInt8>, _ prefix: [UInt8]) -> Bool { matches(word, prefix[...]) }

    static func matches(_ word: [UInt8], _ prefix: [UInt8]) -> Bool { matches(word[...], prefix[...]) }
}
