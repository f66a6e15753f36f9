// The script's values a compiled brain keeps (locations, names, templates, conditions), and diagnostics.

extension SourceLocation: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.string(file)
        writer.int(line)
        writer.int(column)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init(file: try reader.string(), line: try reader.int(), column: try reader.int())
    }
}

extension Named: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.string(name)
        location.archive(into: &writer)
    }
    init(from reader: inout ArchiveReader) throws {
        let name = try reader.string()
        self.init(name, at: try SourceLocation(from: &reader))
    }
}

extension Template.Segment: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        switch self {
        case .text(let text): writer.int(0); writer.string(text)
        case .slot(let named): writer.int(1); named.archive(into: &writer)
        }
    }
    init(from reader: inout ArchiveReader) throws {
        switch try reader.int() {
        case 0: self = .text(try reader.string())
        case 1: self = .slot(try Named(from: &reader))
        default: throw ArchiveReader.Damaged()
        }
    }
}

extension Template: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.array(segments)
        location.archive(into: &writer)
    }
    init(from reader: inout ArchiveReader) throws {
        let segments = try reader.array(Segment.self)
        self.init(segments: segments, location: try SourceLocation(from: &reader))
    }
}

extension Condition.Term: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        slot.archive(into: &writer)
        switch test {
        case .isSet: writer.int(0)
        case .isUnset: writer.int(1)
        case .equals(let value): writer.int(2); writer.string(value)
        case .notEquals(let value): writer.int(3); writer.string(value)
        }
    }
    init(from reader: inout ArchiveReader) throws {
        let slot = try Named(from: &reader)
        let test: Condition.Test
        switch try reader.int() {
        case 0: test = .isSet
        case 1: test = .isUnset
        case 2: test = .equals(try reader.string())
        case 3: test = .notEquals(try reader.string())
        default: throw ArchiveReader.Damaged()
        }
        self.init(slot: slot, test: test)
    }
}

extension Condition: Archivable {
    func archive(into writer: inout ArchiveWriter) { writer.array(alternatives) }
    init(from reader: inout ArchiveReader) throws { self.init(alternatives: try reader.array([Term].self)) }
}

extension Assignment: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        slot.archive(into: &writer)
        writer.string(value)
    }
    init(from reader: inout ArchiveReader) throws {
        let slot = try Named(from: &reader)
        self.init(slot: slot, value: try reader.string())
    }
}

extension StateDecl.Message: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.optional(condition)
        writer.array(variants)
        location.archive(into: &writer)
    }
    init(from reader: inout ArchiveReader) throws {
        let condition = try reader.optional(Condition.self)
        let variants = try reader.array(Template.self)
        self.init(condition: condition, variants: variants, location: try SourceLocation(from: &reader))
    }
}

extension IntentDecl.Example: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.string(text)
        location.archive(into: &writer)
    }
    init(from reader: inout ArchiveReader) throws {
        let text = try reader.string()
        self.init(text: text, location: try SourceLocation(from: &reader))
    }
}

extension FrameDecl.Scope: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        switch self {
        case .clause: writer.int(0)
        case .sentence: writer.int(1)
        case .message: writer.int(2)
        case .restOfClause: writer.int(3)
        case .restOfSentence: writer.int(4)
        case .ahead(let words): writer.int(5); writer.int(words)
        }
    }
    init(from reader: inout ArchiveReader) throws {
        switch try reader.int() {
        case 0: self = .clause
        case 1: self = .sentence
        case 2: self = .message
        case 3: self = .restOfClause
        case 4: self = .restOfSentence
        case 5: self = .ahead(try reader.int())
        default: throw ArchiveReader.Damaged()
        }
    }
}

extension Diagnostic: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.string(severity.rawValue)
        writer.string(message)
        location.archive(into: &writer)
        writer.array(notes)
        writer.bool(code != nil)
        if let code { writer.string(code) }
    }
    init(from reader: inout ArchiveReader) throws {
        guard let severity = Severity(rawValue: try reader.string()) else { throw ArchiveReader.Damaged() }
        let message = try reader.string()
        let location = try SourceLocation(from: &reader)
        let notes = try reader.array(Diagnostic.self)
        let code = try reader.bool() ? try reader.string() : nil
        self.init(severity, message, at: location, notes: notes, code: code)
    }
}
