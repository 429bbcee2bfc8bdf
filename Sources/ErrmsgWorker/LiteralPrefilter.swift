import ErrmsgModel

/// A quick test that an extraction template cannot match a server message:
/// the runs of non-space literal text of the template must all appear in the
/// message, in order (spaces in a template match any white space). Passing it
/// proves nothing; failing it proves the template does not match, so the
/// exact matcher is skipped for most messages of a code.
struct LiteralPrefilter {
  private let chunks: [[UInt8]]

  init(_ template: ExtractionTemplate) {
    var chunks: [[UInt8]] = []
    for segment in template.segments {
      guard case .literal(let bytes) = segment else { continue }
      var current: [UInt8] = []
      for b in bytes {
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
          if !current.isEmpty { chunks.append(current) }
          current = []
        } else {
          current.append(b)
        }
      }
      if !current.isEmpty { chunks.append(current) }
    }
    self.chunks = chunks
  }

  /// False when the template certainly does not match `message`.
  func mayMatch(_ message: Span<UInt8>) -> Bool {
    var from = 0
    for chunk in chunks {
      guard let at = Self.find(chunk, in: message, from: from) else { return false }
      from = at + chunk.count
    }
    return true
  }

  private static func find(_ needle: [UInt8], in haystack: Span<UInt8>, from: Int) -> Int? {
    let first = needle[0]
    let end = haystack.count
    var i = from
    while i + needle.count <= end {
      guard let hit = haystack.firstIndex(of: first, from: i, to: end - needle.count + 1) else {
        return nil
      }
      var k = 1
      while k < needle.count, haystack[hit + k] == needle[k] { k += 1 }
      if k == needle.count { return hit }
      i = hit + 1
    }
    return nil
  }
}
