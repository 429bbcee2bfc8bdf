#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Fast searches over raw bytes (the C library's vectorized `memchr`).
enum ByteSearch {
  /// The offset of the first `byte` in `start[from..<end]`, or nil.
  @inline(__always)
  static func first(_ byte: UInt8, in start: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int? {
    guard from < end, let hit = memchr(start + from, Int32(byte), end - from) else { return nil }
    return UnsafeRawPointer(hit) - UnsafeRawPointer(start)
  }

  /// The offset of the last `byte` in `start[from..<end]`, or nil. (Used once
  /// per block, where it is near the end: a plain loop.)
  @inline(__always)
  static func last(_ byte: UInt8, in start: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int? {
    var i = end - 1
    while i >= from {
      if start[i] == byte { return i }
      i -= 1
    }
    return nil
  }
}
