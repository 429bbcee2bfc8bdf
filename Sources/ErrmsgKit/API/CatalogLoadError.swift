public import ErrmsgModel

/// A catalog could not be loaded from files; the diagnostics say where and why.
public struct CatalogLoadError: Error, Sendable, CustomStringConvertible {
  /// A one-line summary.
  public var message: String
  /// Every problem found, with `file:line:column`.
  public var diagnostics: [Diagnostic]

  /// Creates the error.
  public init(message: String, diagnostics: [Diagnostic]) {
    self.message = message
    self.diagnostics = diagnostics
  }

  /// The summary, then one diagnostic per line.
  public var description: String {
    ([message] + diagnostics.map(\.description)).joined(separator: "\n")
  }
}
