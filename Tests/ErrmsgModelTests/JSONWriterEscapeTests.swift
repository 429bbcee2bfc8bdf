import ErrmsgModel
import Testing

/// The writer's escaping skips eight bytes at a time; every byte that needs an
/// escape is still found, wherever it stands in a word.
@Suite struct JSONWriterEscapeTests {
  /// The escaping the JSON output promises, one byte at a time.
  static func expected(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    for b in bytes {
      switch b {
      case 0x22: out += Array(#"\""#.utf8)
      case 0x5C: out += Array(#"\\"#.utf8)
      case 0x0A: out += Array(#"\n"#.utf8)
      case 0x0D: out += Array(#"\r"#.utf8)
      case 0x09: out += Array(#"\t"#.utf8)
      case 0..<0x20, 0x7F:
        let hex = Array("0123456789abcdef".utf8)
        out += Array(#"\u00"#.utf8) + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      default: out.append(b)
      }
    }
    return out
  }

  @Test func everyEscapeAtEveryOffset() {
    for special: UInt8 in [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x22, 0x5C, 0x7F] {
      for length in 1...24 {
        for at in 0..<length {
          var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
          bytes[at] = special
          var w = JSONWriter(capacity: 0)
          w.escapeContent(bytes.span)
          #expect(w.bytes == Self.expected(bytes), "byte \(special) at \(at) of \(length)")
        }
      }
    }
  }

  @Test func textThatNeedsNoEscapeIsCopied() {
    // Bytes just above the control range and non-ASCII text, which the word test must not flag as escapes.
    let text = "  !#$%&()*+,-./0123456789:;<=>?@[]^_`{|}~ 集群 “引号” é"
    var w = JSONWriter(capacity: 0)
    w.escapeContent(Array(text.utf8).span)
    #expect(w.bytes == Array(text.utf8))
  }

  @Test func randomMixes() {
    var state: UInt64 = 7
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let pool: [UInt8] = [0x00, 0x07, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x61]
    for _ in 0..<2000 {
      let bytes = (0..<Int(next() % 40)).map { _ in pool[Int(next() % UInt64(pool.count))] }
      var w = JSONWriter(capacity: 0)
      w.escapeContent(bytes.span)
      #expect(w.bytes == Self.expected(bytes))
    }
  }
}
