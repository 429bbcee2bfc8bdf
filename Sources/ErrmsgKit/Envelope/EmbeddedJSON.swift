import ErrmsgModel

/// A JSON object inside a log line (`ERROR request failed: {"Response":{…}}`).
enum EmbeddedJSON {
  enum Found {
    /// The object parsed.
    case parsed(JSONNode)
    /// It looks like an envelope but does not parse; the offset is in the whole input.
    case invalid(JSONSyntaxError)
  }

  /// The first `{` that starts an object whose first member is a string key,
  /// up to its balancing `}` (or the end of the input when it has none).
  static func firstObject(in b: [UInt8]) -> Found? {
    var i = 0
    while let open = b[i...].firstIndex(of: UInt8(ascii: "{")) {
      i = open + 1
      guard let next = b[(open + 1)...].first(where: { !TextScan.isSpace($0) }), next == UInt8(ascii: "\"")
      else { continue }
      let end = balancedEnd(b, from: open) ?? b.count
      do {
        return .parsed(try JSONParser.parse(Array(b[open..<end])))
      } catch {
        var shifted = error
        shifted.offset += open
        return .invalid(shifted)
      }
    }
    return nil
  }

  /// The index after the `}` that closes the object at `start` (strings and escapes skipped).
  private static func balancedEnd(_ b: [UInt8], from start: Int) -> Int? {
    var depth = 0
    var inString = false
    var i = start
    while i < b.count {
      let c = b[i]
      if inString {
        if c == UInt8(ascii: "\\") {
          i += 1
        } else if c == UInt8(ascii: "\"") {
          inString = false
        }
      } else if c == UInt8(ascii: "\"") {
        inString = true
      } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
        depth += 1
      } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
        depth -= 1
        if depth == 0 { return i + 1 }
      }
      i += 1
    }
    return nil
  }
}
