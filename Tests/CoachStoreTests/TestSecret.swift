@testable import CoachStore

/// A fixed store key for tests that build log records by hand (real stores draw theirs at random).
let testSecret = [UInt8](repeating: 0x0B, count: 32)

extension SessionKey {
    /// The key for `user` under `testSecret`.
    init(user: String) { self.init(user: user, secret: testSecret) }
}
