import CoachCore

/// A small argument parser: known flags with or without values, and positional arguments.
struct Arguments {
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positional: [String] = []

    /// Parses `arguments` for a command that takes `valueOptions` (like `--seed N`) and `flagOptions` (like `--jsonl`).
    init(_ arguments: [String], valueOptions: Set<String>, flagOptions: Set<String>, maxPositional: Int) throws {
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" {
                positional += arguments[(i + 1)...]
                break
            }
            if argument.hasPrefix("-"), argument != "-" {
                var name = argument
                var inlineValue: String?
                if let equals = argument.firstIndex(of: "=") {
                    name = String(argument[..<equals])
                    inlineValue = String(argument[argument.index(after: equals)...])
                }
                if valueOptions.contains(name) {
                    if let inlineValue {
                        values[name] = inlineValue
                    } else {
                        guard i + 1 < arguments.count else { throw UsageError("\(name) needs a value") }
                        values[name] = arguments[i + 1]
                        i += 1
                    }
                } else if flagOptions.contains(name), inlineValue == nil {
                    flags.insert(name)
                } else {
                    let all = valueOptions.union(flagOptions)
                    throw UsageError("unknown option '\(name)'" + Suggestion.hint(for: name, in: all.sorted()))
                }
            } else {
                positional.append(argument)
            }
            i += 1
        }
        if positional.count > maxPositional {
            throw UsageError("unexpected argument '\(positional[maxPositional])'")
        }
    }

    subscript(_ name: String) -> String? { values[name] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// An unsigned integer option, or a usage error naming it.
    func unsigned(_ name: String) throws -> UInt64? {
        guard let text = values[name] else { return nil }
        guard let value = UInt64(text) else { throw UsageError("\(name) takes a whole number, not '\(text)'") }
        return value
    }
}
