/// A growable byte buffer for replies, reused from block to block.
///
/// The worker appends tens of megabytes a second to it, so it owns its memory
/// directly: an append is a capacity check and a `memcpy`, with no
/// copy-on-write check. One buffer belongs to one thread at a time.
package final class ByteBuffer {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The number of bytes written.
  package private(set) var count = 0

  package init(capacity: Int = 1 << 16) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// Whether nothing has been written since the last ``removeAll()``.
  package var isEmpty: Bool { count == 0 }

  /// Forgets the contents, keeping the memory.
  package func removeAll() { count = 0 }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  package func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private func grow(to needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Appends one byte.
  @inline(__always)
  package func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends `length` bytes starting at `start`.
  @inline(__always)
  package func append(_ start: UnsafePointer<UInt8>, count length: Int) {
    guard length > 0 else { return }
    reserve(length)
    (base + count).update(from: start, count: length)
    count += length
  }

  /// Appends bytes.
  @inline(__always)
  package func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    if let start = bytes.baseAddress { append(start, count: bytes.count) }
  }

  /// Appends bytes.
  @inline(__always)
  package func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  /// Appends ASCII punctuation or other static text.
  @inline(__always)
  package func append(_ text: StaticString) {
    append(text.utf8Start, count: text.utf8CodeUnitCount)
  }

  /// Appends a string's UTF-8 bytes as they are (no escaping).
  package func appendUTF8(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Runs `body` with the bytes written so far.
  package func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try body(UnsafeBufferPointer(start: base, count: count))
  }

  /// A copy of the bytes written so far.
  package var bytes: [UInt8] { withBytes { Array($0) } }
}
