// The one pointer use of the pure-Swift modules: bounds-checked bulk copies.
// (Everything else unsafe lives in ErrmsgICU/ICUShim.swift and the CLI's
// StandardStreams.swift; ArchitectureTests keeps that list.)

extension Array where Element == UInt8 {
  /// Appends `source[range]` with one memory copy.
  ///
  /// `append(contentsOf: source[range])` does the same, but an `ArraySlice`
  /// retains and releases `source`: the worker appends a handful of pieces per
  /// reply line, and those atomic reference-count updates were the largest
  /// single cost of a reply. Here the range is checked first, and the pointer
  /// lives only for the copy.
  @inlinable
  package mutating func appendContents(of source: [UInt8], in range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= source.count, "range out of bounds")
    source.withUnsafeBufferPointer { buffer in
      append(contentsOf: UnsafeBufferPointer(rebasing: buffer[range]))
    }
  }

  /// Appends the bytes of `source` with one memory copy.
  @inlinable
  package mutating func appendContents(of source: Span<UInt8>) {
    source.withUnsafeBufferPointer { append(contentsOf: $0) }
  }
}
