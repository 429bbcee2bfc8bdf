package import ErrmsgModel

/// A reply buffer reused from block to block (it keeps its capacity when
/// emptied): a box around a ``ErrmsgModel/JSONWriter``, so each thread and
/// each chunk of a block has one that stays put. Lines are written into the
/// writer itself (`inout`), see ``withWriter(_:)``.
package final class ByteBuffer {
  /// The bytes written.
  package var writer: JSONWriter

  package init(capacity: Int = 1 << 16) {
    writer = JSONWriter(capacity: max(capacity, 64))
  }

  /// The number of bytes written.
  package var count: Int { writer.bytes.count }

  /// Whether nothing has been written since the last ``removeAll()``.
  package var isEmpty: Bool { writer.bytes.isEmpty }

  /// Forgets the contents, keeping the memory.
  package func removeAll() { writer.bytes.removeAll(keepingCapacity: true) }

  /// Runs `body` with the writer moved out of the box (no per-append access checks).
  @inline(__always)
  package func withWriter<R>(_ body: (inout JSONWriter) throws -> R) rethrows -> R {
    var w = JSONWriter(capacity: 0)
    swap(&w, &writer)
    defer { swap(&w, &writer) }
    return try body(&w)
  }

  /// The bytes written so far.
  package var bytes: [UInt8] { writer.bytes }
}

/// The worker's appends: reply bytes go straight into the writer.
extension JSONWriter {
  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) { bytes.append(byte) }

  /// Appends bytes.
  @inline(__always)
  mutating func append(_ bytes: Span<UInt8>) { raw(bytes) }

  /// Appends bytes.
  @inline(__always)
  mutating func append(_ bytes: [UInt8]) { self.bytes.append(contentsOf: bytes) }

  /// Appends ASCII punctuation or other static text.
  @inline(__always)
  mutating func append(_ text: StaticString) { raw(text) }

  /// Appends `source[range]` (one memory copy, no reference counting).
  @inline(__always)
  mutating func append(_ source: [UInt8], _ range: Range<Int>) {
    bytes.appendContents(of: source, in: range)
  }

  /// A JSON string value of a request: `specialBytes[special]` when set
  /// (already JSON), else the content `source[plain]` between quotes, else `null`.
  @inline(__always)
  mutating func quoted(
    _ plain: Range<Int>?, special: Range<Int>?, _ source: [UInt8], _ specialBytes: [UInt8]
  ) {
    if let special {
      append(specialBytes, special)
    } else if let plain {
      bytes.append(0x22)
      append(source, plain)
      bytes.append(0x22)
    } else {
      append("null")
    }
  }
}
