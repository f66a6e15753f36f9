import XCTest
@testable import CoachHTTP

final class SignalHandlerTests: XCTestCase {
    /// After `onTerminate`, SIGTERM runs the action instead of killing the test process.
    func testTerminationSignalRunsTheAction() {
        let received = expectation(description: "SIGTERM handled")
        received.assertForOverFulfill = false
        SignalHandler.onTerminate { received.fulfill() }
        sleep(seconds: 0.2)  // the dispatch source registers asynchronously
        sendTerminationSignalToSelf()
        wait(for: [received], timeout: 5)
    }
}
