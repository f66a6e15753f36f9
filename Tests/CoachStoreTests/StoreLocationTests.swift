import XCTest
import CoachStore

final class StoreLocationTests: XCTestCase {
    func testDefaultDirectory() {
        let cases: [(name: String, environment: [String: String], path: String)] = [
            ("XDG data home", ["XDG_DATA_HOME": "/data", "HOME": "/home/u"], "/data/allycoach/sessions"),
            ("home fallback", ["HOME": "/home/u"], "/home/u/.local/share/allycoach/sessions"),
            ("empty XDG ignored", ["XDG_DATA_HOME": "", "HOME": "/home/u"], "/home/u/.local/share/allycoach/sessions"),
            ("relative XDG ignored", ["XDG_DATA_HOME": "data", "HOME": "/home/u"],
             "/home/u/.local/share/allycoach/sessions"),
        ]
        for c in cases {
            XCTAssertEqual(StoreLocation.defaultDirectory(environment: c.environment).path, c.path, c.name)
        }
    }
}
