/// A finding about a Catalog or Locales file, with the place a person should look.
///
/// Diagnostics print the way compilers do (`file:line:column: error: …`), so
/// editors and CI logs turn them into links.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a finding is.
  public enum Severity: String, Sendable, Hashable, Codable {
    /// The file cannot be used as it is; the build or lint fails.
    case error
    /// Worth a look; nothing breaks.
    case warning
  }

  /// How serious it is.
  public var severity: Severity
  /// The file, as given to the loader (for example `Locales/zh-CN.json`).
  public var file: String
  /// 1-based line, or 0 when the finding is about the file as a whole.
  public var line: Int
  /// 1-based column in Unicode scalars, or 0 when unknown.
  public var column: Int
  /// The error code the finding is about, if any.
  public var code: String?
  /// A short machine-readable kind, such as `missing`, `stale`, `syntax`, `placeholder`.
  public var kind: String
  /// What is wrong, in a sentence.
  public var message: String
  /// What to do about it, when that is not obvious from the message.
  public var fix: String?

  /// Creates a diagnostic.
  public init(
    severity: Severity, file: String, line: Int, column: Int, code: String? = nil,
    kind: String, message: String, fix: String? = nil
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.code = code
    self.kind = kind
    self.message = message
    self.fix = fix
  }

  /// `file:line:column: severity: [code] message (fix)`.
  public var description: String {
    var place = file
    if line > 0 {
      place += ":\(line)"
      if column > 0 { place += ":\(column)" }
    }
    var text = "\(place): \(severity.rawValue): "
    if let code { text += "[\(code)] " }
    text += message
    if let fix { text += " — \(fix)" }
    return text
  }
}

/// The text of one file being read, with its name, for building diagnostics.
package struct SourceFile: Sendable {
  /// The name used in diagnostics.
  package let name: String
  /// The raw bytes.
  package let bytes: [UInt8]
  /// Offsets to lines and columns.
  package let lineMap: LineMap

  package init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
    self.lineMap = LineMap(bytes)
  }

  /// A diagnostic pointing at a byte offset of this file.
  package func diagnostic(
    _ severity: Diagnostic.Severity, at offset: Int, code: String? = nil, kind: String,
    _ message: String, fix: String? = nil
  ) -> Diagnostic {
    let (line, column) = lineMap.location(of: offset)
    return Diagnostic(
      severity: severity, file: name, line: line, column: column, code: code, kind: kind,
      message: message, fix: fix)
  }
}
