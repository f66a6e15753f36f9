/// A session store failure, with a message meant for the operator.
public struct StoreError: Error, CustomStringConvertible {
    /// What went wrong, including the path involved.
    public let description: String

    init(_ description: String) { self.description = description }

    /// A failed system call: "session store: cannot open /path: Permission denied".
    static func system(_ what: String, _ path: String) -> StoreError {
        StoreError("session store: \(what) \(path): \(currentErrnoMessage())")
    }
}
