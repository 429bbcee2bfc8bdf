/// Request IDs as texts carry them: after a label (`RequestId=`, `requestId:`,
/// `Request ID: `, `request_id=`, `[request id:…]`, `请求ID：`, `"RequestId": "…"`,
/// Node's `requestId: '…'`), glued to it or not, and Go's
/// `RequestId=%!d(string=…)`. What is not an ID is dropped: Python's `None`,
/// `null`, `undefined`, and placeholders a person typed (`xxx`, `xxxxxxxx-xxxx-…`).
package enum RequestIdText {
  /// The labels, lowercase (matched without case); longer ones first.
  private static let labels: [[UInt8]] = [
    "x-tc-requestid", "requestid", "request id", "request_id", "request-id", "reqid", "请求 id", "请求id",
  ].map { Array($0.utf8) }

  /// A raw value as an ID: nil when it is empty, a null word or a placeholder.
  static func clean(_ raw: String?) -> String? {
    guard var id = raw else { return nil }
    if id.hasPrefix("%!d(string="), id.hasSuffix(")") {
      id = String(id.dropFirst(11).dropLast())
    }
    guard !id.isEmpty else { return nil }
    switch id.lowercased() {
    case "none", "null", "nil", "undefined", "n/a", "na", "unknown", "<nil>": return nil
    default: break
    }
    if id.utf8.allSatisfy(isPlaceholderByte) { return nil }
    return id
  }

  /// Whether ``clean(_:)`` keeps these UTF-8 bytes as they are (the worker's
  /// fast path copies such an ID; any other goes to the precise path). May say
  /// no where `clean` would keep the ID; never yes where it would change it.
  package static func keepsAsIs(_ id: Span<UInt8>) -> Bool {
    guard id.count > 0, id[0] != UInt8(ascii: "%") else { return false }
    // A null word (at most 9 bytes: `undefined`), or a placeholder of x, -, ., * and 0.
    if id.count <= 9 { return false }
    for i in id.indices where !isPlaceholderByte(id[i]) { return true }
    return false
  }

  /// What a typed placeholder ID is made of: x, X, dashes, dots, stars and zeros.
  private static func isPlaceholderByte(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "x") || b == UInt8(ascii: "X") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
      || b == UInt8(ascii: "*") || b == UInt8(ascii: "0")
  }

  /// The first request ID labelled in `b[range]`: the ID (nil when the value
  /// is no ID) and where its label starts.
  static func find(in b: [UInt8], _ range: Range<Int>) -> (id: String?, labelStart: Int)? {
    var i = range.lowerBound
    while i < range.upperBound {
      if let valueStart = label(b, at: i, end: range.upperBound) {
        return (value(b, valueStart, range.upperBound), i)
      }
      i += 1
    }
    return nil
  }

  /// Where the value starts when a request-ID label (with its separator) is at `i`.
  private static func label(_ b: [UInt8], at i: Int, end: Int) -> Int? {
    // A label starts a word: not glued to letters before it (`myrequestid` is not one).
    if i > 0, TextScan.isLetter(b[i - 1]) || b[i - 1] == UInt8(ascii: "_") { return nil }
    for word in labels where TextScan.matchesIgnoringCase(b, at: i, word) {
      var j = i + word.count
      // `"RequestId": "…"` and `'requestId': '…'`: a quote closes the label.
      if j < end, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") { j += 1 }
      while j < end, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
      if j < end, b[j] == UInt8(ascii: ":") || b[j] == UInt8(ascii: "=") {
        j += 1
      } else if j + 2 < end, b[j] == 0xEF, b[j + 1] == 0xBC, b[j + 2] == 0x9A {
        j += 3  // ：
      } else {
        continue
      }
      while j < end, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
      return j
    }
    return nil
  }

  /// The ID at `start`: a token of letters, digits, `-` and `_`, in quotes or
  /// not, or Go's `%!d(string=ID)`.
  private static func value(_ b: [UInt8], _ start: Int, _ end: Int) -> String? {
    var s = start
    if s < end, b[s] == UInt8(ascii: "\"") || b[s] == UInt8(ascii: "'") { s += 1 }
    let wrapped = Array("%!d(string=".utf8)
    if s + wrapped.count <= end, Array(b[s..<(s + wrapped.count)]) == wrapped { s += wrapped.count }
    var e = s
    while e < end,
      TextScan.isLetter(b[e]) || TextScan.isDigit(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_")
    {
      e += 1
    }
    return clean(e > s ? String(decoding: b[s..<e], as: UTF8.self) : nil)
  }
}
