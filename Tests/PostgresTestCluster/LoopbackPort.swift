/// A 127.0.0.1 port nothing listens on now (bind port 0, read the port the kernel chose, close), for
/// test helpers that start a server of their own: PostgreSQL, chromedriver.
public enum LoopbackPort {
    /// The port, or nil when no socket could be bound.
    public static func free() -> UInt16? { System.freeLoopbackPort() }
}
