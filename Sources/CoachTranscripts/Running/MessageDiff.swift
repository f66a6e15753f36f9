/// A line diff of the coach's messages, expected against actual, by longest common subsequence.
enum MessageDiff {
    /// Each expected line lists its accepted wordings; a line is the same when the actual message is one of them.
    static func diff(expected: [[String]], actual: [String]) -> [DiffLine] {
        let n = expected.count, m = actual.count
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = expected[i].contains(actual[j]) ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var lines: [DiffLine] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i].contains(actual[j]) {
                lines.append(DiffLine(.same, actual[j]))
                i += 1
                j += 1
            } else if i < n, j == m || lengths[i + 1][j] >= lengths[i][j + 1] {
                lines.append(DiffLine(.expected, describe(expected[i])))
                i += 1
            } else {
                lines.append(DiffLine(.actual, actual[j]))
                j += 1
            }
        }
        return lines
    }

    private static func describe(_ wordings: [String]) -> String {
        wordings.count == 1 ? wordings[0] : wordings[0] + wordings.dropFirst().map { " (or: \($0))" }.joined()
    }
}
