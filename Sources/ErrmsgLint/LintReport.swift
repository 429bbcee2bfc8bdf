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
    w.member("errors", errorCount)
    w.member("warnings", warningCount)
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
    w.member("file", d.file)
    w.member("line", d.line)
    w.member("column", d.column)
    w.member("severity", d.severity.rawValue)
    w.member("code", d.code)
    w.member("kind", d.kind)
    w.member("message", d.message)
    w.member("fix", d.fix)
    w.raw("}")
  }
}
