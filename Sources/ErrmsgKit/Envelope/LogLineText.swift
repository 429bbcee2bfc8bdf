/// Log lines around a code, as services and wrappers print them:
///
/// - labelled: `Code: C, Message: M`, `code=C msg=M`, `Code = C, Message = M` (Go with
///   spaces), `ErrorCode: C`, `"Code":"C"` (broken JSON), `错误码：C，错误信息：M`;
/// - unlabelled: `C: M`, `C:M`, `C：M` (`返回 C：M`), `C - M`, `C, M`, after any prefix
///   (`Service error: `, `[DescribeInstances] `, a timestamp and level);
/// - the request ID anywhere on the line or on the next lines of the same record
///   (`RequestId: …`, `[request id:…]`, `请求ID：…`).
///
/// A token counts as a code only when `isCode` says it can be one (a catalogued
/// code or a sub-code of a catalogued family), so ordinary log lines, stack
/// traces and access logs are not read as errors.
enum LogLineText {
  /// Every error found, one per line that holds a code (in order).
  static func parse(_ b: [UInt8], isCode: (String) -> Bool) -> [ParsedError] {
    let lines = TextScan.lines(b)
    var out: [ParsedError] = []
    for (index, line) in lines.enumerated() {
      guard let found = codeOnLine(b, line, isCode) else { continue }
      var message: String?
      var messageEnd = line.upperBound
      let sameLineId = RequestIdText.find(in: b, found.after..<line.upperBound)
      if let r = sameLineId { messageEnd = r.labelStart }
      if let (start, _) = messageLabel(b, found.after..<messageEnd) {
        message = TextScan.trimmed(b, start, quotedEnd(b, start, messageEnd))
      } else if let next = lines.dropFirst(index + 1).prefix(3).first(where: { messageLabel(b, $0) != nil }),
        let (start, _) = messageLabel(b, next), found.labelled
      {
        let nextId = RequestIdText.find(in: b, start..<next.upperBound)
        message = TextScan.trimmed(b, start, nextId?.labelStart ?? next.upperBound)
      } else {
        message = TextScan.trimmed(b, found.messageStart, max(found.messageStart, messageEnd))
      }
      var requestId = sameLineId?.id
      if sameLineId == nil {
        // The same record's next lines (`Message: …` / `RequestId: …` blocks), or the text before the code.
        for next in lines.dropFirst(index + 1).prefix(3) {
          if codeOnLine(b, next, isCode) != nil { break }
          if let r = RequestIdText.find(in: b, next) {
            requestId = r.id
            break
          }
        }
        if requestId == nil, let before = RequestIdText.find(in: b, line.lowerBound..<found.start) {
          requestId = before.id
        }
      }
      out.append(ParsedError(code: found.code, message: TextScan.cleanMessage(message), requestId: requestId))
    }
    return out
  }

  private struct Found {
    var code: String
    var start: Int
    /// Just after the code token.
    var after: Int
    /// Where an unlabelled message starts (after the separator).
    var messageStart: Int
    var labelled: Bool
  }

  /// The labels of a code, lowercase.
  private static let codeLabels: [[UInt8]] = [
    "error code", "errorcode", "error_code", "errcode", "err_code", "err code", "code", "错误码", "错误代码", "錯誤碼",
  ].map { Array($0.utf8) }

  /// The labels of a message, lowercase.
  private static let messageLabels: [[UInt8]] = [
    "error message", "errormessage", "error_message", "errmsg", "err_msg", "message", "msg", "错误信息", "错误消息", "錯誤訊息",
  ].map { Array($0.utf8) }

  /// The leftmost code on a line: labelled, or followed by a separator and text.
  private static func codeOnLine(_ b: [UInt8], _ line: Range<Int>, _ isCode: (String) -> Bool) -> Found? {
    var i = line.lowerBound
    while i < line.upperBound {
      if let valueStart = labelValue(b, at: i, line.upperBound, codeLabels) {
        var s = valueStart
        if s < line.upperBound, b[s] == UInt8(ascii: "\"") || b[s] == UInt8(ascii: "'") || b[s] == UInt8(ascii: "`") {
          s += 1
        }
        let e = TextScan.scanCode(b, s, end: line.upperBound)
        let token = String(decoding: b[s..<e], as: UTF8.self)
        if e > s, isCode(token) {
          return Found(
            code: token, start: s, after: e, messageStart: skipSeparator(b, e, line.upperBound), labelled: true)
        }
      }
      // An unlabelled token: a code at a word start, then a separator and text.
      if b[i] >= 0x41, b[i] <= 0x5A, i == line.lowerBound || startsWord(b[i - 1]) {
        let e = TextScan.scanCode(b, i, end: line.upperBound)
        let token = String(decoding: b[i..<e], as: UTF8.self)
        if let messageStart = separator(b, e, line.upperBound), isCode(token) {
          return Found(code: token, start: i, after: e, messageStart: messageStart, labelled: false)
        }
        i = max(e, i + 1)
        continue
      }
      i += 1
    }
    return nil
  }

  /// A byte after which a bare code may start: white space, brackets, quotes, `:`, `=`, `,`, `>`,
  /// and any non-ASCII byte (Chinese text and punctuation around a code).
  private static func startsWord(_ c: UInt8) -> Bool {
    TextScan.isSpace(c) || c >= 0x80 || "[(\"':=,>|".utf8.contains(c)
  }

  /// After an unlabelled code: `: `, `:`, `：`, ` - `, ` — `, `, `, `，` followed by text; where the text starts.
  private static func separator(_ b: [UInt8], _ e: Int, _ end: Int) -> Int? {
    var j = e
    if j < end, b[j] == UInt8(ascii: ":") || b[j] == UInt8(ascii: ",") {
      j += 1
    } else if j + 2 < end, b[j] == 0xEF, b[j + 1] == 0xBC, b[j + 2] == 0x9A || b[j + 2] == 0x8C {
      j += 3  // ：or ，
    } else if j + 2 < end, b[j] == 0x20, b[j + 1] == UInt8(ascii: "-"), b[j + 2] == 0x20 {
      j += 3
    } else if j + 4 < end, b[j] == 0x20, b[j + 1] == 0xE2, b[j + 2] == 0x80, b[j + 3] == 0x94, b[j + 4] == 0x20 {
      j += 5  // —
    } else {
      return nil
    }
    // `C:M` and `C: M`; a URL (`Http://…`) or a time (`Retry:10`) is not a message start.
    if j < end, b[j] == UInt8(ascii: "/") { return nil }
    while j < end, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
    return j < end ? j : nil
  }

  /// After a labelled code: `, `, `;`, `，` and spaces before the rest of the line.
  private static func skipSeparator(_ b: [UInt8], _ e: Int, _ end: Int) -> Int {
    var j = e
    while j < end {
      if b[j] == 0x20 || b[j] == 0x09 || b[j] == UInt8(ascii: ",") || b[j] == UInt8(ascii: ";")
        || b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") || b[j] == UInt8(ascii: "`")
      {
        j += 1
      } else if j + 2 < end, b[j] == 0xEF, b[j + 1] == 0xBC, b[j + 2] == 0x8C {
        j += 3
      } else {
        break
      }
    }
    return j
  }

  /// A message in quotes (`"Message":"M"`) ends at its closing quote.
  private static func quotedEnd(_ b: [UInt8], _ start: Int, _ end: Int) -> Int {
    guard start > 0, b[start - 1] == UInt8(ascii: "\"") || b[start - 1] == UInt8(ascii: "'") else { return end }
    let quote = b[start - 1]
    var i = start
    while i < end {
      if b[i] == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      if b[i] == quote { return i }
      i += 1
    }
    return end
  }

  /// Where the message starts when `range` holds a message label.
  private static func messageLabel(_ b: [UInt8], _ range: Range<Int>) -> (Int, Int)? {
    var i = range.lowerBound
    while i < range.upperBound {
      if let start = labelValue(b, at: i, range.upperBound, messageLabels) {
        var s = start
        if s < range.upperBound, b[s] == UInt8(ascii: "\"") || b[s] == UInt8(ascii: "'") { s += 1 }
        return (s, i)
      }
      i += 1
    }
    return nil
  }

  /// Where the value starts when one of `labels` is at `i` (a word start),
  /// followed by `:`, `=` or `：` (spaces and a closing quote allowed around).
  private static func labelValue(_ b: [UInt8], at i: Int, _ end: Int, _ labels: [[UInt8]]) -> Int? {
    if i > 0, TextScan.isLetter(b[i - 1]) || b[i - 1] == UInt8(ascii: "_") || b[i - 1] == UInt8(ascii: ".") {
      return nil
    }
    for word in labels where TextScan.matchesIgnoringCase(b, at: i, word) {
      var j = i + word.count
      if j < end, TextScan.isLetter(b[j]) { continue }
      if j < end, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") { j += 1 }
      while j < end, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
      if j < end, b[j] == UInt8(ascii: ":") || b[j] == UInt8(ascii: "=") {
        j += 1
      } else if j + 2 < end, b[j] == 0xEF, b[j + 1] == 0xBC, b[j + 2] == 0x9A {
        j += 3
      } else {
        continue
      }
      while j < end, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
      return j
    }
    return nil
  }
}
