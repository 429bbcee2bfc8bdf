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

  package init(text: String) {
    self.text = text
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
    self.text = text
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

  /// The number of lines.
  package var count: Int {
    var n = 0
    for b in text.utf8 where b == 0x0A { n += 1 }
    return n
  }

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
    var lo = 0
    var hi = bytes.count
    while lo < hi {
      let (start, end) = Self.line(in: bytes, around: lo + (hi - lo) / 2, notBefore: lo)
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
      if below { lo = end + 1 } else { hi = start }
    }
    return lo
  }

  /// Byte offsets of what follows `key<TAB>` on its line, up to the line feed.
  private func valueRange(forKey key: String) -> Range<Int>? {
    let bytes = text.utf8.span
    let k = Array(key.utf8)
    var lo = 0
    var hi = bytes.count
    while lo < hi {
      let (start, end) = Self.line(in: bytes, around: lo + (hi - lo) / 2, notBefore: lo)
      switch Self.compare(key: k, line: bytes, start, end) {
      case .equal: return (start + k.count + 1)..<end
      case .lineBefore: lo = end + 1
      case .lineAfter: hi = start
      }
    }
    return nil
  }

  /// The line holding byte `i` (its start no earlier than `lo`, a line start): where it starts and where its line feed is.
  private static func line(in bytes: Span<UInt8>, around i: Int, notBefore lo: Int) -> (start: Int, end: Int) {
    var start = i
    while start > lo && bytes[start - 1] != 0x0A { start -= 1 }
    var end = start
    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
    return (start, end)
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
