/// A text of lines sorted bytewise, each `key<TAB>field<TAB>field…<LF>`, searched in place.
///
/// The embedded official tier and the code index are kept in this form: a
/// lookup is a binary search over the text's bytes, so nothing is decoded when
/// a program starts and a lookup touches a few hundred bytes. A key may itself
/// hold tabs (`tke<TAB>FailedOperation`): the tab sorts before every printable
/// byte, so bytewise order of lines is the order of their keys.
package struct SortedLines: Sendable {
  /// The lines, sorted bytewise, each ending with a line feed.
  package let text: String
  /// Where each line starts in ``text``: eight hexadecimal digits per line
  /// (fixed width, so line k's start is read in place; the build writes it
  /// beside the text, so nothing is scanned at start either).
  package let starts: String
  /// The number of lines.
  package let count: Int

  /// The width of one entry of ``starts`` (texts up to 4 GiB).
  static let startWidth = 8

  /// A table whose line starts were written beside it (by ``startsText(of:)``).
  package init(text: String, starts: String) {
    self.text = text
    self.starts = starts
    self.count = starts.utf8.count / Self.startWidth
  }

  /// A table from its text alone (the starts are found by one pass over it).
  package init(text: String) {
    self.init(text: text, starts: Self.startsText(of: text))
  }

  /// Makes a table from unsorted lines (without line feeds); tabs and line
  /// breaks inside fields must already be gone.
  package init(lines: [String]) {
    let sorted = lines.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var text = ""
    text.reserveCapacity(sorted.reduce(0) { $0 + $1.utf8.count + 1 })
    for line in sorted {
      text += line
      text += "\n"
    }
    self.init(text: text)
  }

  /// The ``starts`` of a text of lines: each line's offset in fixed-width
  /// hexadecimal (a last line without its line feed counts too).
  package static func startsText(of text: String) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    func note(_ lineStart: Int) {
      for k in stride(from: startWidth - 1, through: 0, by: -1) { out.append(digits[(lineStart >> (4 * k)) & 15]) }
    }
    let bytes = text.utf8.span
    var lineStart = 0
    while let lineBreak = bytes.firstIndex(of: 0x0A, from: lineStart, to: bytes.count) {
      note(lineStart)
      lineStart = lineBreak + 1
    }
    if lineStart < bytes.count { note(lineStart) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Where line `k` starts, and where its line feed is.
  @inline(__always)
  private func line(_ k: Int, _ bytes: Span<UInt8>, _ startBytes: Span<UInt8>) -> (start: Int, end: Int) {
    let start = Self.offset(startBytes, k)
    if k + 1 < count { return (start, Self.offset(startBytes, k + 1) - 1) }
    // The last line: up to its line feed, or to the end when it has none.
    return (start, bytes.count > start && bytes[bytes.count - 1] == 0x0A ? bytes.count - 1 : bytes.count)
  }

  @inline(__always)
  private static func offset(_ startBytes: Span<UInt8>, _ k: Int) -> Int {
    var value = 0
    for i in (k * startWidth)..<((k + 1) * startWidth) {
      let d = startBytes[i]
      value = value << 4 | Int(d <= 0x39 ? d &- 0x30 : d &- 0x57)
    }
    return value
  }

  /// The fields after the key of the line whose key is `key`, or nil.
  package func fields(forKey key: String) -> [Substring]? {
    guard let range = valueRange(forKey: key) else { return nil }
    return fields(in: range)
  }

  /// The tab-separated fields of the bytes in `range`, cut on bytes (not characters).
  private func fields(in range: Range<Int>) -> [Substring] {
    let utf8 = text.utf8
    let bytes = utf8.span
    var out: [Substring] = []
    var start = range.lowerBound
    var startIndex = utf8.index(utf8.startIndex, offsetBy: start)
    var i = start
    while true {
      if i == range.upperBound || bytes[i] == 0x09 {
        let endIndex = utf8.index(startIndex, offsetBy: i - start)
        out.append(text[startIndex..<endIndex])
        if i == range.upperBound { return out }
        start = i + 1
        startIndex = utf8.index(after: endIndex)
      }
      i += 1
    }
  }

  /// Whether a line has this key.
  package func contains(key: String) -> Bool { valueRange(forKey: key) != nil }

  /// The lines whose bytes start with `prefix` (for `tke<TAB>`: every TKE line), in order, split into fields.
  package func lines(withPrefix prefix: String) -> [[Substring]] {
    let p = Array(prefix.utf8)
    let first = lowerBound(p)
    var out: [[Substring]] = []
    var utf8Index = text.utf8.index(text.utf8.startIndex, offsetBy: first)
    while utf8Index < text.utf8.endIndex {
      guard let end = text.utf8[utf8Index...].firstIndex(of: 0x0A) else { break }
      let line = text[utf8Index..<end]
      guard line.utf8.starts(with: p) else { break }
      out.append(line.split(separator: "\t", omittingEmptySubsequences: false))
      utf8Index = text.utf8.index(after: end)
    }
    return out
  }

  /// The offset of the first line whose bytes are not below `prefix`.
  private func lowerBound(_ prefix: [UInt8]) -> Int {
    let bytes = text.utf8.span
    let startBytes = starts.utf8.span
    var lo = 0
    var hi = count
    while lo < hi {
      let mid = lo + (hi - lo) / 2
      let (start, end) = line(mid, bytes, startBytes)
      var below = false
      var i = 0
      while i < prefix.count {
        let p = start + i
        if p >= end {
          below = true
          break
        }
        if bytes[p] != prefix[i] {
          below = bytes[p] < prefix[i]
          break
        }
        i += 1
      }
      if below { lo = mid + 1 } else { hi = mid }
    }
    return lo < count ? Self.offset(startBytes, lo) : bytes.count
  }

  /// Byte offsets of what follows `key<TAB>` on its line, up to the line feed.
  private func valueRange(forKey key: String) -> Range<Int>? {
    let bytes = text.utf8.span
    let startBytes = starts.utf8.span
    let k = Array(key.utf8)
    var lo = 0
    var hi = count
    while lo < hi {
      let mid = lo + (hi - lo) / 2
      let (start, end) = line(mid, bytes, startBytes)
      switch Self.compare(key: k, line: bytes, start, end) {
      case .equal: return (start + k.count + 1)..<end
      case .lineBefore: lo = mid + 1
      case .lineAfter: hi = mid
      }
    }
    return nil
  }

  private enum Order { case lineBefore, equal, lineAfter }

  /// Compares `key<TAB>` with the line's first bytes.
  private static func compare(key: [UInt8], line bytes: Span<UInt8>, _ start: Int, _ end: Int) -> Order {
    var i = 0
    while true {
      let want: UInt8 = i < key.count ? key[i] : 0x09
      let p = start + i
      guard p < end else { return .lineBefore }  // the line is a proper prefix of the key
      let have = bytes[p]
      if have != want { return have < want ? .lineBefore : .lineAfter }
      if i == key.count { return .equal }
      i += 1
    }
  }
}
