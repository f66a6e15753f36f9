/// A JSON object written member by member, in the order given, so every line is byte-for-byte predictable.
public struct JSONObject: Sendable {
    private var text = "{"
    private var isEmpty = true

    /// An empty object.
    public init() {}

    /// The object as JSON text.
    public var json: String { text + "}" }

    /// Adds a member whose value is already JSON (a nested object or array).
    public mutating func add(_ key: String, json value: String) {
        if !isEmpty { text += "," }
        isEmpty = false
        text += JSONText.string(key) + ":" + value
    }

    /// Adds a string member.
    public mutating func add(_ key: String, _ value: String) { add(key, json: JSONText.string(value)) }

    /// Adds a string member, or `null`.
    public mutating func add(_ key: String, _ value: String?) { add(key, json: value.map(JSONText.string) ?? "null") }

    /// Adds an array of strings.
    public mutating func add(_ key: String, _ values: [String]) { add(key, json: JSONText.strings(values)) }

    /// Adds an object of strings, keys in sorted order.
    public mutating func add(_ key: String, _ values: [String: String]) {
        var object = JSONObject()
        for (name, value) in values.sorted(by: { $0.key < $1.key }) { object.add(name, value) }
        add(key, json: object.json)
    }

    /// Adds a whole number.
    public mutating func add<Number: BinaryInteger>(_ key: String, _ value: Number) { add(key, json: String(value)) }

    /// Adds `true` or `false`.
    public mutating func add(_ key: String, _ value: Bool) { add(key, json: value ? "true" : "false") }
}
