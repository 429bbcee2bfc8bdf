package import ErrmsgModel

/// A Tencent Cloud error-code page in Markdown, as the product docs publish it:
///
///     ### 公共错误码
///     | 错误码 | 说明 |
///     |--------|------|
///     | AuthFailure.InvalidSecretId | 密钥非法（不是云 API 密钥类型）。 |
///     ### 业务错误码
///     | 错误码 | 说明 |
///     | InternalError.CidrInvali | CIDR无效。 |
///
/// Rows under a heading with 公共错误码 (or "common error codes") are common
/// codes; rows under 业务错误码 ("business"/"service error codes"), or in a
/// page without such headings, are the product's own. Fenced code blocks are
/// skipped. `<!-- origin: tke -->` anywhere in the page names the product.
package struct ErrorCodePage: Sendable {
  /// Which table a row came from.
  package enum Section: Sendable, Equatable {
    case common, business
  }

  /// One table row.
  package struct Row: Sendable {
    package var code: String
    /// The description, verbatim (trimmed; `\|` read as `|`).
    package var description: String
    package var section: Section
    /// 1-based line in the page.
    package var line: Int
  }

  /// Rows in page order.
  package var rows: [Row]
  /// The product named by an `<!-- origin: NAME -->` comment.
  package var declaredOrigin: String?

  /// Reads a page. Rows whose code is not a valid code are reported and left out.
  package static func read(_ file: SourceFile) -> (ErrorCodePage, [Diagnostic]) {
    let text = String(decoding: file.bytes, as: UTF8.self)
    var rows: [Row] = []
    var problems: [Diagnostic] = []
    var declared: String?
    var section: (kind: Section, level: Int)?
    var columns: (code: Int, description: Int)?
    var inFence = false

    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = index + 1
      var line = Substring(raw)
      if line.hasSuffix("\r") { line = line.dropLast() }
      let trimmed = line.trimmingSpaces
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inFence.toggle()
        continue
      }
      if inFence { continue }
      if let origin = originComment(trimmed) { declared = origin }

      if trimmed.hasPrefix("#") {
        let level = trimmed.prefix { $0 == "#" }.count
        let title = trimmed.dropFirst(level).trimmingSpaces.lowercased()
        columns = nil
        if title.contains("公共错误码") || title.contains("common error code") {
          section = (.common, level)
        } else if title.contains("业务错误码") || title.contains("business error code")
          || title.contains("service error code") || title.contains("product error code")
        {
          section = (.business, level)
        } else if let s = section, level <= s.level {
          section = nil
        }
        continue
      }

      guard trimmed.hasPrefix("|") else {
        if trimmed.isEmpty == false { columns = nil }
        continue
      }
      let cells = Self.cells(trimmed)
      if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } && !$0.isEmpty }) { continue }  // |---|---|
      if let header = headerColumns(cells) {
        columns = header
        continue
      }
      guard let columns, columns.code < cells.count, columns.description < cells.count else { continue }
      var code = cells[columns.code]
      if code.hasPrefix("`"), code.hasSuffix("`"), code.count >= 2 { code = String(code.dropFirst().dropLast()) }
      guard ErrorCodeSyntax.isValid(code) else {
        problems.append(
          Diagnostic(
            severity: .warning, file: file.name, line: lineNumber, column: 1, kind: "page",
            message: "\"\(code)\" is not an error code; the row is skipped"))
        continue
      }
      rows.append(
        Row(code: code, description: cells[columns.description], section: section?.kind ?? .business, line: lineNumber))
    }
    return (ErrorCodePage(rows: rows, declaredOrigin: declared), problems)
  }

  /// Which columns hold the code and the description, when the row is a table header.
  private static func headerColumns(_ cells: [String]) -> (code: Int, description: Int)? {
    let lowered = cells.map { $0.lowercased() }
    guard
      let code = lowered.firstIndex(where: { $0 == "错误码" || $0 == "error code" || $0 == "code" }),
      let description = lowered.firstIndex(where: {
        $0 == "说明" || $0 == "描述" || $0 == "错误描述" || $0 == "description"
      })
    else { return nil }
    return (code, description)
  }

  /// The cells of `| a | b |`, trimmed, with `\|` read as `|`.
  private static func cells(_ line: String) -> [String] {
    var cells: [String] = []
    var current = ""
    var escaped = false
    for ch in line.dropFirst() {
      if escaped {
        if ch != "|" { current.append("\\") }
        current.append(ch)
        escaped = false
      } else if ch == "\\" {
        escaped = true
      } else if ch == "|" {
        cells.append(Substring(current).trimmingSpaces)
        current = ""
      } else {
        current.append(ch)
      }
    }
    if escaped { current.append("\\") }
    let last = Substring(current).trimmingSpaces
    if !last.isEmpty { cells.append(last) }
    return cells
  }

  /// `<!-- origin: tke -->` or `<!-- errmsg-origin: tke -->`.
  private static func originComment(_ line: String) -> String? {
    guard line.hasPrefix("<!--"), line.hasSuffix("-->") else { return nil }
    let body = line.dropFirst(4).dropLast(3).trimmingSpaces
    for key in ["errmsg-origin:", "origin:"] where body.lowercased().hasPrefix(key) {
      let value = Substring(body.dropFirst(key.count)).trimmingSpaces
      return value.isEmpty ? nil : value
    }
    return nil
  }
}

extension Substring {
  /// Without leading and trailing spaces and tabs (a full-width space too).
  fileprivate var trimmingSpaces: String {
    var s = self
    while let f = s.first, f == " " || f == "\t" || f == "\u{3000}" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\u{3000}" { s = s.dropLast() }
    return String(s)
  }
}
