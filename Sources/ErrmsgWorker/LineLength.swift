/// What `--max-line-bytes` counts: the bytes of a line before its line break,
/// where the break is `\n` or `\r\n` (so the `\r` of CRLF does not count).
enum LineLength {
  /// The counted length of `block[start..<end]`, a line without its `\n` (or
  /// the part of one read so far: a final `\r` may be the start of its break).
  @inline(__always)
  static func counted(_ block: [UInt8], from start: Int, to end: Int) -> Int {
    end > start && block[end - 1] == 0x0D ? end - start - 1 : end - start
  }
}
