import CoachCore
import CoachWire
import Foundation

/// JUnit XML, as CI systems read it: a `testsuite` per file, a `testcase` per conversation, the failure
/// report as the failure's text, and a file with errors as one test case with an `error`. Example files
/// follow, a `testcase` per example.
public enum JUnitReport {
    /// The whole document; `sources` lets a broken file's diagnostics quote their lines.
    public static func xml(_ suite: SuiteResult, examples: [ExampleResult] = [], sources: [String: String] = [:]) -> String {
        let report = TranscriptReport(useColor: false)
        let renderer = DiagnosticRenderer(sources: sources, useColor: false)
        let errors = suite.files.filter(\.isBroken).count + examples.filter(\.isBroken).count
        let failures = suite.failed - suite.files.filter(\.isBroken).count + examples.filter { !$0.isBroken }.reduce(0) { $0 + $1.failed }
        let tests = suite.conversations.count + suite.files.filter(\.isBroken).count + examples.reduce(0) { $0 + ($1.isBroken ? 1 : $1.total) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"coach test\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(seconds(suite.duration))\">\n"
        for file in suite.files {
            let classname = XMLText.attribute(className(file.path))
            if file.isBroken {
                let count = file.diagnostics.filter(\.isError).count
                let message = "\(count) error\(count == 1 ? "" : "s") in the file, so none of its tests ran"
                out += "  <testsuite name=\(XMLText.attribute(file.path)) tests=\"1\" failures=\"0\" errors=\"1\" time=\"0.000\">\n"
                out += "    <testcase name=\(XMLText.attribute(file.path)) classname=\(classname) time=\"0.000\">\n"
                out += "      <error message=\(XMLText.attribute(message)) type=\"TranscriptError\">\(XMLText.text(renderer.render(file.diagnostics)))</error>\n"
                out += "    </testcase>\n  </testsuite>\n"
                continue
            }
            let time = file.conversations.reduce(0) { $0 + $1.duration }
            out += "  <testsuite name=\(XMLText.attribute(file.path)) tests=\"\(file.conversations.count)\" failures=\"\(file.failed)\" errors=\"0\" time=\"\(seconds(time))\">\n"
            for result in file.conversations {
                let open = "    <testcase name=\(XMLText.attribute(result.name)) classname=\(classname) time=\"\(seconds(result.duration))\""
                guard let failure = result.failure else {
                    out += open + "/>\n"
                    continue
                }
                let first = failure.mismatches[0]
                let message = "\(first.expectation.location): \(first.message)"
                out += open + ">\n"
                out += "      <failure message=\(XMLText.attribute(message)) type=\"TranscriptFailure\">\(XMLText.text(report.render(failure)))</failure>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        for file in examples { out += xml(file, renderer: renderer) }
        out += "</testsuites>\n"
        return out
    }

    /// One example file: a test case per example, or one `error` when the file did not parse.
    static func xml(_ file: ExampleResult, renderer: DiagnosticRenderer) -> String {
        let classname = XMLText.attribute(className(file.file))
        if file.isBroken {
            let count = file.diagnostics.filter(\.isError).count
            let message = "\(count) error\(count == 1 ? "" : "s") in the file, so none of its examples ran"
            return "  <testsuite name=\(XMLText.attribute(file.file)) tests=\"1\" failures=\"0\" errors=\"1\" time=\"0.000\">\n"
                + "    <testcase name=\(XMLText.attribute(file.file)) classname=\(classname) time=\"0.000\">\n"
                + "      <error message=\(XMLText.attribute(message)) type=\"ExampleError\">\(XMLText.text(renderer.render(file.diagnostics)))</error>\n"
                + "    </testcase>\n  </testsuite>\n"
        }
        var problems: [SourceLocation: String] = [:]
        for failure in file.failures { problems[failure.example.location] = failure.problem }
        var out = "  <testsuite name=\(XMLText.attribute(file.file)) tests=\"\(file.total)\" failures=\"\(file.failed)\" errors=\"0\" time=\"0.000\">\n"
        for example in file.examples {
            let name = "\(example.location.line): \(example.mustMatch ? "" : "not ")\(example.intents.map(\.name).joined(separator: ", ")): \(example.text)"
            let open = "    <testcase name=\(XMLText.attribute(name)) classname=\(classname) time=\"0.000\""
            guard let problem = problems[example.location] else {
                out += open + "/>\n"
                continue
            }
            out += open + ">\n      <failure message=\(XMLText.attribute("\(example.location.file):\(example.location.line): \(problem)")) type=\"ExampleFailure\"/>\n    </testcase>\n"
        }
        return out + "  </testsuite>\n"
    }

    /// `Dialogues/tests/safety.test` becomes `Dialogues.tests.safety`.
    static func className(_ path: String) -> String {
        var name = path
        for ext in [TranscriptSuite.fileExtension, ExampleFile.fileExtension] where name.hasSuffix("." + ext) { name.removeLast(ext.count + 1) }
        while name.hasPrefix("./") { name.removeFirst(2) }
        while name.hasPrefix("/") { name.removeFirst() }
        return name.replacingOccurrences(of: "/", with: ".")
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
}
