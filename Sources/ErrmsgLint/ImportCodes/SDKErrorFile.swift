package import ErrmsgModel

/// One SDK error-code file, read: the Python SDK's `errorcodes.py` or the Go SDK's `errors.go`.
///
///     # CAM签名/鉴权错误。                      // CAM签名/鉴权错误。
///     AUTHFAILURE = 'AuthFailure'             AUTHFAILURE = "AuthFailure"
///
/// A constant whose value is an error code declares the code; the comment line directly above it
/// (`#` in Python, `//` in Go; leading spaces and tabs allowed) is its description, trimmed. A constant
/// without a comment directly above it (a blank line between counts) has no description.
///
/// Reading is one pass over the bytes: invalid UTF-8 is refused with its line, column and byte offset;
/// lines end with LF or CRLF.
package struct SDKErrorFile: Sendable {
  /// One declared code.
  package struct Row: Sendable, Equatable {
    package var code: String
    /// The comment above it, trimmed; nil when there is none.
    package var description: String?
    /// 1-based line of the constant.
    package var line: Int

    package init(code: String, description: String?, line: Int) {
      self.code = code
      self.description = description
      self.line = line
    }
  }

  /// The codes in file order (a code declared twice: the first).
  package var rows: [Row]

  /// Reads a file's bytes. Fails on invalid UTF-8; odd constants are warnings and skipped.
  package static func read(_ bytes: [UInt8], name: String) -> Result<(SDKErrorFile, [Diagnostic]), Refusal> {
    if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
      let (line, column) = position(of: bad, in: bytes)
      return .failure(
        Refusal(
          Diagnostic(
            severity: .error, file: name, line: line, column: column, kind: "encoding",
            message: "invalid UTF-8 at byte \(bad) (0x\(String(bytes[bad], radix: 16, uppercase: true)))",
            fix: "the SDK files are UTF-8; check the download")))
    }
    var rows: [Row] = []
    var warnings: [Diagnostic] = []
    var seen: Set<String> = []
    var previousComment: String?
    var lineNumber = 0
    var start = 0
    while start < bytes.count || (start == bytes.count && lineNumber == 0) {
      lineNumber += 1
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      var lineEnd = end
      if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      let line = bytes[start..<lineEnd]
      start = end + 1

      let trimmed = trimSpaces(line)
      if let comment = commentText(trimmed) {
        previousComment = comment
        continue
      }
      defer { previousComment = nil }
      guard let code = constantValue(trimmed) else { continue }
      guard ErrorCodeSyntax.isValid(code) else {
        warnings.append(
          Diagnostic(
            severity: .warning, file: name, line: lineNumber, column: 1, kind: "sdk",
            message: "\"\(code)\" is not an error code; the constant is skipped"))
        continue
      }
      guard seen.insert(code).inserted else {
        warnings.append(
          Diagnostic(
            severity: .warning, file: name, line: lineNumber, column: 1, code: code, kind: "sdk",
            message: "declared twice; the first declaration is used"))
        continue
      }
      rows.append(Row(code: code, description: previousComment, line: lineNumber))
    }
    return .success((SDKErrorFile(rows: rows), warnings))
  }

  /// 1-based line and column (in bytes) of an offset.
  static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
    var line = 1
    var lineStart = 0
    for i in 0..<offset where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return (line, offset - lineStart + 1)
  }

  static func trimSpaces(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var s = s
    while let f = s.first, f == 0x20 || f == 0x09 { s = s.dropFirst() }
    while let l = s.last, l == 0x20 || l == 0x09 { s = s.dropLast() }
    return s
  }

  /// The text of `# …` or `// …` (trimmed); nil for other lines. `# -*- coding -*-` counts too: no constant follows it.
  static func commentText(_ line: ArraySlice<UInt8>) -> String? {
    var body: ArraySlice<UInt8>
    if line.first == UInt8(ascii: "#") {
      body = line.dropFirst()
    } else if line.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) {
      body = line.dropFirst(2)
    } else {
      return nil
    }
    body = trimSpaces(body)
    return String(decoding: body, as: UTF8.self)
  }

  /// The string of `NAME = 'Value'` or `NAME = "Value"` (Go's `NAME string = "…"` too); nil otherwise.
  static func constantValue(_ line: ArraySlice<UInt8>) -> String? {
    var i = line.startIndex
    func isIdentifier(_ b: UInt8) -> Bool {
      (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == 0x5F
    }
    guard i < line.endIndex, isIdentifier(line[i]), !(0x30...0x39).contains(line[i]) else { return nil }
    while i < line.endIndex, isIdentifier(line[i]) { i += 1 }
    // an optional type: `NAME string = "…"`
    while i < line.endIndex, line[i] == 0x20 || line[i] == 0x09 || isIdentifier(line[i]) { i += 1 }
    guard i < line.endIndex, line[i] == UInt8(ascii: "=") else { return nil }
    i += 1
    while i < line.endIndex, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
    guard i < line.endIndex, line[i] == UInt8(ascii: "'") || line[i] == UInt8(ascii: "\"") else { return nil }
    let quote = line[i]
    let valueStart = i + 1
    guard let valueEnd = line[valueStart...].firstIndex(of: quote) else { return nil }
    // nothing but a comment may follow
    let rest = trimSpaces(line[(valueEnd + 1)...])
    guard rest.isEmpty || rest.first == UInt8(ascii: "#") || rest.starts(with: Array("//".utf8)) else { return nil }
    return String(decoding: line[valueStart..<valueEnd], as: UTF8.self)
  }
}
