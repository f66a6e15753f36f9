// `GraphExport` (Compiling/) quotes DOT labels with `JSONText.string`. Until the graph export moves to the
// command line with its own quoting, the core reaches the one JSON writer through this import.
@_exported import CoachJSON
