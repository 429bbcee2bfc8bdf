package import ErrmsgModel

/// Why a tool refused to change any file: every problem found, with its place.
package struct Refusal: Error, Sendable, CustomStringConvertible {
  /// The problems, errors first.
  package var diagnostics: [Diagnostic]

  package init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics.sorted { a, b in
      a.severity == b.severity ? (a.file, a.line, a.column) < (b.file, b.line, b.column) : a.severity == .error
    }
  }

  package init(_ diagnostic: Diagnostic) {
    self.init([diagnostic])
  }

  /// One diagnostic per line.
  package var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
