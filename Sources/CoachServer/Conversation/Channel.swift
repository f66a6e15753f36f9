/// Where a user's messages come from. Stored sessions are keyed `channel:id`, so one channel's ids
/// can never reach another channel's conversations.
enum Channel: String, CaseIterable {
    case api, rasa, telegram, twilio, web

    /// The key a user of this channel is stored under.
    func key(_ id: String) -> String { rawValue + ":" + id }

    /// The stored key for `DELETE /v1/sessions/{user}`: `telegram:123`, `twilio:+1555…` or `rasa:abc` as
    /// given; a bare id is a user of the generic API (`api:`).
    static func storedKey(_ user: String) -> String {
        let prefix = user.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        if user.contains(":"), Channel(rawValue: prefix) != nil { return user }
        return Channel.api.key(user)
    }
}
