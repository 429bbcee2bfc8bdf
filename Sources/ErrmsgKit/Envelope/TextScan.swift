/// Byte-level helpers the text recognizers share (UTF-8 input, ASCII labels).
enum TextScan {
  static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

  static func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }

  static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// Letters, digits, `.` and `_`: what a code is made of.
  static func isCodeByte(_ c: UInt8) -> Bool {
    isLetter(c) || isDigit(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "_")
  }

  /// The end of the code-like token at `start` (a trailing `.` is not part of it).
  ///
  /// A token that names a secret and is glued to a credential-like value on
  /// both sides of the separator (`…Token=TOK…`, `…Password:hunter2`) is not
  /// a code: taking it as one would leave the value, cut from its name, where
  /// the redactor no longer sees it. Such a token ends where it starts.
  /// `C: message` with a space, or Chinese text after `：`, stays a code (63
  /// official codes end with such a word).
  static func scanCode(_ b: [UInt8], _ start: Int, end: Int? = nil) -> Int {
    let limit = end ?? b.count
    var i = start
    while i < limit, isCodeByte(b[i]) { i += 1 }
    while i > start, b[i - 1] == UInt8(ascii: ".") { i -= 1 }
    if i > start, i < limit {
      let span = b.span.extracting(0..<limit)
      if let separator = Redactor.separatorLength(span, at: i), i + separator < limit,
        Redactor.isAlnum(b[i + separator]), Redactor.keyWordEnding(span, before: i) != nil
      {
        return start
      }
    }
    return i
  }

  /// The first occurrence of `needle` at or after `from` (and ending by `to`).
  static func find(_ b: [UInt8], _ needle: [UInt8], from: Int, to: Int? = nil) -> Int? {
    let limit = to ?? b.count
    guard !needle.isEmpty, needle.count <= limit else { return nil }
    var i = max(from, 0)
    while i + needle.count <= limit {
      if b[i] == needle[0] {
        var k = 1
        while k < needle.count, b[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  static func find(_ b: [UInt8], _ needle: String, from: Int, to: Int? = nil) -> Int? {
    find(b, Array(needle.utf8), from: from, to: to)
  }

  static func findLast(_ b: [UInt8], _ needle: String, from: Int, to: Int? = nil) -> Int? {
    let n = Array(needle.utf8)
    var last: Int?
    var i = from
    while let at = find(b, n, from: i, to: to) {
      last = at
      i = at + 1
    }
    return last
  }

  /// Whether `b[at...]` starts with `word`, ASCII letters compared without case.
  static func matchesIgnoringCase(_ b: [UInt8], at: Int, _ word: [UInt8]) -> Bool {
    guard at >= 0, at + word.count <= b.count else { return false }
    for k in 0..<word.count {
      var x = b[at + k]
      var y = word[k]
      if x >= 0x41 && x <= 0x5A { x += 0x20 }
      if y >= 0x41 && y <= 0x5A { y += 0x20 }
      if x != y { return false }
    }
    return true
  }

  /// `b[start..<end]` without surrounding white space, or nil when nothing is left.
  static func trimmed(_ b: [UInt8], _ start: Int, _ end: Int) -> String? {
    var s = start
    var e = end
    while s < e, isSpace(b[s]) { s += 1 }
    while e > s, isSpace(b[e - 1]) { e -= 1 }
    return e > s ? String(decoding: b[s..<e], as: UTF8.self) : nil
  }

  /// The ranges of the lines of `b` (without their line breaks).
  static func lines(_ b: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    for i in b.indices where b[i] == 0x0A {
      out.append(start..<(i > start && b[i - 1] == 0x0D ? i - 1 : i))
      start = i + 1
    }
    if start < b.count { out.append(start..<b.count) }
    return out
  }

  /// A server message as shown: wrapper leftovers removed (a trailing `,` or
  /// `;`, a closing quote or bracket whose opening one is not in the message).
  static func cleanMessage(_ message: String?) -> String? {
    guard var m = message else { return nil }
    while true {
      let before = m
      while let last = m.last, last.isWhitespace { m.removeLast() }
      if let last = m.last, [",", "，", ";", "；", "(", "（", "[", "【", "{", "-", "|"].contains(last) { m.removeLast() }
      for (open, close) in [("\"", "\""), ("'", "'"), ("“", "”"), ("「", "」"), ("(", ")"), ("[", "]"), ("{", "}")] {
        guard let last = m.last, String(last) == close else { continue }
        let opens = m.filter { String($0) == open }.count
        let closes = m.filter { String($0) == close }.count
        let unbalanced = open == close ? opens % 2 == 1 : closes > opens
        if unbalanced { m.removeLast() }
      }
      if m == before { break }
    }
    while let first = m.first, first.isWhitespace { m.removeFirst() }
    return m.isEmpty ? nil : m
  }
}
