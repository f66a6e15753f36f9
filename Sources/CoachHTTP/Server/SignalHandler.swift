import Dispatch
import Synchronization

/// Graceful-termination hook for servers.
public enum SignalHandler {
    /// The dispatch sources installed so far, kept alive for the life of the process.
    private static let sources = Mutex<[DispatchSourceSignal]>([])

    /// Runs `action` on a dispatch queue whenever SIGTERM or SIGINT arrives (instead of dying),
    /// and ignores SIGPIPE so writes to closed sockets fail with EPIPE rather than killing the process.
    public static func onTerminate(_ action: @escaping @Sendable () -> Void) {
        Platform.ignoreBrokenPipes()
        sources.withLock { sources in
            for signal in Platform.terminationSignals {
                Platform.ignore(signal: signal)
                let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
                source.setEventHandler(handler: action)
                source.resume()
                sources.append(source)
            }
        }
    }
}
