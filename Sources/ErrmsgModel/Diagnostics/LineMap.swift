/// Turns byte offsets into 1-based line and column numbers.
///
/// Columns count Unicode scalars, so a column points at the same character a
/// translator's editor shows, whatever the script.
package struct LineMap: Sendable {
  private let bytes: [UInt8]
  private let lineStarts: [Int]

  package init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    // Line break to line break, eight bytes at a time between them (a 100 MB pasted text is one line).
    let span = bytes.span
    var i = 0
    while let lineBreak = span.firstIndex(of: 0x0A, from: i, to: span.count) {
      starts.append(lineBreak + 1)
      i = lineBreak + 1
    }
    self.lineStarts = starts
  }

  /// The line and column of a byte offset (clamped to the text).
  package func location(of offset: Int) -> (line: Int, column: Int) {
    let offset = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    var column = 1
    var i = lineStarts[low]
    while i < offset {
      // Count scalars: skip continuation bytes.
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return (low + 1, column)
  }
}
