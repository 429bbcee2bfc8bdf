package import ErrmsgModel

/// The findings of `errmsg lint`, as text for people and JSON for tools.
package struct LintReport: Sendable {
  /// Every finding, errors and warnings, in file order.
  package var diagnostics: [Diagnostic]

  package init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics.sorted { a, b in
      (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
  }

  /// Number of errors.
  package var errorCount: Int { diagnostics.count { $0.severity == .error } }
  /// Number of warnings.
  package var warningCount: Int { diagnostics.count { $0.severity == .warning } }

  /// One `file:line:column: severity: [code] message — fix` line per finding.
  package var text: String {
    diagnostics.map { $0.description + "\n" }.joined()
  }

  /// `3 errors, 1 warning` or `no problems`.
  package var summary: String {
    if diagnostics.isEmpty { return "no problems" }
    func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    return "\(count(errorCount, "error")), \(count(warningCount, "warning"))"
  }

  /// `{"errors":N,"warnings":N,"diagnostics":[{"file","line","column","severity","code","kind","message","fix"}]}`.
  package var json: String {
    var w = JSONWriter()
    w.raw("{")
    w.key("errors")
    w.int(errorCount)
    w.raw(",")
    w.key("warnings")
    w.int(warningCount)
    w.raw(",")
    w.key("diagnostics")
    w.raw("[")
    for (i, d) in diagnostics.enumerated() {
      if i > 0 { w.raw(",") }
      Self.write(d, to: &w)
    }
    w.raw("]}\n")
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// One diagnostic as a JSON object.
  package static func write(_ d: Diagnostic, to w: inout JSONWriter) {
    w.raw("{")
    w.key("file")
    w.string(d.file)
    w.raw(",")
    w.key("line")
    w.int(d.line)
    w.raw(",")
    w.key("column")
    w.int(d.column)
    w.raw(",")
    w.key("severity")
    w.string(d.severity.rawValue)
    w.raw(",")
    w.key("code")
    w.stringOrNull(d.code)
    w.raw(",")
    w.key("kind")
    w.string(d.kind)
    w.raw(",")
    w.key("message")
    w.string(d.message)
    w.raw(",")
    w.key("fix")
    w.stringOrNull(d.fix)
    w.raw("}")
  }
}
