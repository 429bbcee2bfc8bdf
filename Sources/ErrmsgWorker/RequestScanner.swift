import ErrmsgModel

/// The fast path's reader: checks that a line is valid JSON and picks the few
/// members a reply needs straight from the bytes, without building values.
///
/// It is strict (every value is validated as RFC 8259 JSON, strings as UTF-8)
/// but narrow: it answers nil for anything it does not handle itself (escapes
/// in the strings it extracts, a duplicate member it cares about, `text` or
/// `args` requests, other envelope shapes, invalid JSON, deep nesting). Those
/// lines take the precise path, which decides what they mean and words the errors.
struct RequestScanner {
  /// The bytes (a block of lines); the line scanned ends at `n`.
  private let p: [UInt8]
  private let n: Int
  private var i: Int

  /// Values nested deeper than this are left to the precise path.
  private static let maximumDepth = 64

  private init(_ p: [UInt8], _ line: Range<Int>) {
    precondition(line.upperBound <= p.count)
    self.p = p
    self.i = line.lowerBound
    self.n = line.upperBound
  }

  /// Scans the line `block[line]` (without its line break); the ranges found index `block`.
  static func scan(_ block: [UInt8], line: Range<Int>) -> ScannedRequest? {
    var scanner = RequestScanner(block, line)
    return scanner.scanLine()
  }

  /// The end of the JSON value starting at `start` in a line the full parser
  /// has accepted (used to echo an `id` exactly as written).
  static func valueEnd(in line: [UInt8], at start: Int) -> Int? {
    var scanner = RequestScanner(line, start..<line.count)
    guard scanner.skipValue(depth: 0) else { return nil }
    return scanner.i
  }

  // MARK: - The shapes

  private mutating func scanLine() -> ScannedRequest? {
    skipWhitespace()
    guard i < n, p[i] == UInt8(ascii: "{") else { return nil }
    i += 1
    var id: Range<Int>?
    var locale: Range<Int>?
    var envelope: ScannedRequest?
    var response: ScannedRequest?
    guard
      scanMembers(
        depth: 1,
        { s, key in
          switch key {
          case .id:
            guard id == nil else { return false }
            let start = s.i
            guard s.skipValue(depth: 1) else { return false }
            id = start..<s.i
          case .locale:
            guard locale == nil, let r = s.plainString() else { return false }
            locale = r
          case .envelope:
            guard envelope == nil, let e = s.scanEnvelope() else { return false }
            envelope = e
          case .response:
            guard response == nil, let r = s.scanResponse() else { return false }
            response = r
          case .text, .args:
            return false
          default:
            return s.skipValue(depth: 1)
          }
          return true
        })
    else { return nil }
    skipWhitespace()
    guard i == n else { return nil }
    if id != nil || locale != nil || envelope != nil {
      guard var request = envelope else { return nil }
      request.id = id
      request.locale = locale
      return request
    }
    return response
  }

  /// `{"Response":{…}, …}`: other members are ignored, as the precise path does.
  private mutating func scanEnvelope() -> ScannedRequest? {
    guard i < n, p[i] == UInt8(ascii: "{") else { return nil }
    i += 1
    var response: ScannedRequest?
    guard
      scanMembers(
        depth: 2,
        { s, key in
          if key == .response {
            guard response == nil, let r = s.scanResponse() else { return false }
            response = r
            return true
          }
          return s.skipValue(depth: 2)
        })
    else { return nil }
    return response
  }

  /// `{"Error":{"Code":…,"Message":…},"RequestId":…}`.
  private mutating func scanResponse() -> ScannedRequest? {
    guard i < n, p[i] == UInt8(ascii: "{") else { return nil }
    i += 1
    var code: Range<Int>?
    var message: Range<Int>?
    var sawError = false
    var requestId: Range<Int>?
    guard
      scanMembers(
        depth: 3,
        { s, key in
          switch key {
          case .error:
            guard !sawError, s.i < s.n, s.p[s.i] == UInt8(ascii: "{") else { return false }
            sawError = true
            s.i += 1
            return s.scanMembers(depth: 4) { s, key in
              switch key {
              case .code:
                guard code == nil, let r = s.plainString(), !r.isEmpty else { return false }
                code = r
              case .message:
                guard message == nil, let r = s.plainString() else { return false }
                message = r
              default:
                return s.skipValue(depth: 4)
              }
              return true
            }
          case .requestId:
            guard requestId == nil, let r = s.plainString() else { return false }
            requestId = r
            return true
          default:
            return s.skipValue(depth: 3)
          }
        })
    else { return nil }
    guard let code else { return nil }
    return ScannedRequest(id: nil, locale: nil, code: code, message: message, requestId: requestId)
  }

  // MARK: - Objects

  /// The member names the scanner acts on.
  private enum Key {
    case id, locale, envelope, text, args, response, error, code, message, requestId, other
  }

  /// Reads the members of an object whose `{` was consumed, through its `}`.
  /// `member` is called with the position at the value; it consumes the value.
  private mutating func scanMembers(depth: Int, _ member: (inout RequestScanner, Key) -> Bool)
    -> Bool
  {
    skipWhitespace()
    if i < n, p[i] == UInt8(ascii: "}") {
      i += 1
      return true
    }
    while true {
      skipWhitespace()
      guard i < n, p[i] == UInt8(ascii: "\"") else { return false }
      i += 1
      let keyStart = i
      guard let escaped = scanStringBody() else { return false }
      // An escaped name may spell a member we need; only the precise path can tell.
      let key = escaped ? nil : classify(keyStart, i - 1)
      guard let key else { return false }
      skipWhitespace()
      guard i < n, p[i] == UInt8(ascii: ":") else { return false }
      i += 1
      skipWhitespace()
      guard i < n, member(&self, key) else { return false }
      skipWhitespace()
      guard i < n else { return false }
      if p[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard p[i] == UInt8(ascii: "}") else { return false }
      i += 1
      return true
    }
  }

  /// Which member a name is: its bytes compared as one or two words.
  @inline(__always)
  private func classify(_ start: Int, _ end: Int) -> Key {
    let length = end - start
    guard length >= 2, length <= 9 else { return .other }
    let head = word(start, min(length, 8))
    switch length {
    case 2: return head == 0x6469 /* "id" */ ? .id : .other
    case 4:
      if head == 0x6564_6F43 /* "Code" */ { return .code }
      if head == 0x7478_6574 /* "text" */ { return .text }
      if head == 0x7367_7261 /* "args" */ { return .args }
    case 5: if head == 0x72_6F72_7245 /* "Error" */ { return .error }
    case 6: if head == 0x656C_6163_6F6C /* "locale" */ { return .locale }
    case 7: if head == 0x65_6761_7373_654D /* "Message" */ { return .message }
    case 8:
      if head == 0x6573_6E6F_7073_6552 /* "Response" */ { return .response }
      if head == 0x6570_6F6C_6576_6E65 /* "envelope" */ { return .envelope }
    case 9:
      if head == 0x4974_7365_7571_6552 /* "RequestI" */, p[start + 8] == UInt8(ascii: "d") { return .requestId }
    default: break
    }
    return .other
  }

  /// Up to eight bytes at `start` as a little-endian word (the line holds them all).
  @inline(__always)
  private func word(_ start: Int, _ count: Int) -> UInt64 {
    if start + 8 <= n {
      let w = p.span.word(at: start)
      return count == 8 ? w : w & ((1 << (UInt64(count) * 8)) - 1)
    }
    var w: UInt64 = 0
    for k in 0..<count { w |= UInt64(p[start + k]) << (UInt64(k) * 8) }
    return w
  }

  private static let trueBytes: [UInt8] = Array("true".utf8)
  private static let falseBytes: [UInt8] = Array("false".utf8)
  private static let nullBytes: [UInt8] = Array("null".utf8)

  // MARK: - Values

  /// A string value without escapes: its content range; nil for anything else.
  private mutating func plainString() -> Range<Int>? {
    guard i < n, p[i] == UInt8(ascii: "\"") else { return nil }
    i += 1
    let start = i
    guard let escaped = scanStringBody(), !escaped else { return nil }
    return start..<(i - 1)
  }

  /// Validates any JSON value and moves past it.
  private mutating func skipValue(depth: Int) -> Bool {
    guard i < n else { return false }
    switch p[i] {
    case UInt8(ascii: "\""):
      i += 1
      return scanStringBody() != nil
    case UInt8(ascii: "{"):
      guard depth < Self.maximumDepth else { return false }
      i += 1
      return scanMembers(depth: depth + 1) { s, _ in s.skipValue(depth: depth + 1) }
    case UInt8(ascii: "["):
      guard depth < Self.maximumDepth else { return false }
      i += 1
      skipWhitespace()
      if i < n, p[i] == UInt8(ascii: "]") {
        i += 1
        return true
      }
      while true {
        skipWhitespace()
        guard skipValue(depth: depth + 1) else { return false }
        skipWhitespace()
        guard i < n else { return false }
        if p[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        guard p[i] == UInt8(ascii: "]") else { return false }
        i += 1
        return true
      }
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return scanNumber()
    case UInt8(ascii: "t"): return literal(Self.trueBytes)
    case UInt8(ascii: "f"): return literal(Self.falseBytes)
    case UInt8(ascii: "n"): return literal(Self.nullBytes)
    default: return false
    }
  }

  private mutating func literal(_ word: [UInt8]) -> Bool {
    guard i + word.count <= n else { return false }
    for k in word.indices where p[i + k] != word[k] { return false }
    i += word.count
    return true
  }

  private mutating func scanNumber() -> Bool {
    if p[i] == UInt8(ascii: "-") { i += 1 }
    guard i < n, isDigit(p[i]) else { return false }
    if p[i] == UInt8(ascii: "0") {
      i += 1
    } else {
      while i < n, isDigit(p[i]) { i += 1 }
    }
    if i < n, p[i] == UInt8(ascii: ".") {
      i += 1
      guard i < n, isDigit(p[i]) else { return false }
      while i < n, isDigit(p[i]) { i += 1 }
    }
    if i < n, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
      i += 1
      if i < n, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
      guard i < n, isDigit(p[i]) else { return false }
      while i < n, isDigit(p[i]) { i += 1 }
    }
    // A digit right after the number (a leading zero such as 01) is invalid.
    return i >= n || !isDigit(p[i])
  }

  @inline(__always)
  private func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

  @inline(__always)
  private mutating func skipWhitespace() {
    var j = i
    while j < n {
      let b = p[j]
      guard b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A else { break }
      j += 1
    }
    i = j
  }

  // MARK: - Strings

  /// Reads a string's content after its opening quote, through the closing
  /// quote: whether it had escapes, or nil when it is not a valid JSON string.
  private mutating func scanStringBody() -> Bool? {
    guard let (end, escaped) = stringBody(from: i) else {
      i = n
      return nil
    }
    i = end
    return escaped
  }

  /// ``scanStringBody()``'s work: the position after the closing quote and whether there were escapes.
  private func stringBody(from start: Int) -> (end: Int, escaped: Bool)? {
    var escaped = false
    // Locals, so the loop keeps them in registers.
    let p = self.p.span
    let n = self.n
    var j = start
    while true {
      // Eight bytes at a time while none is a quote, a backslash, a control or non-ASCII byte.
      while j &+ 8 <= n {
        let w = p.word(at: j)
        let quote = w ^ 0x2222_2222_2222_2222
        let backslash = w ^ 0x5C5C_5C5C_5C5C_5C5C
        let special =
          ((quote &- 0x0101_0101_0101_0101) & ~quote)
          | ((backslash &- 0x0101_0101_0101_0101) & ~backslash)
          | ((w &- 0x2020_2020_2020_2020) & ~w) | w
        let hits = special & 0x8080_8080_8080_8080
        if hits != 0 {
          #if _endian(little)
            // The lowest flagged byte is exact (borrows only flag bytes above it).
            j &+= hits.trailingZeroBitCount >> 3
          #endif
          break
        }
        j &+= 8
      }
      guard j < n else { return nil }
      let c = p[j]
      if c == UInt8(ascii: "\"") {
        return (j + 1, escaped)
      }
      if c == UInt8(ascii: "\\") {
        guard let end = escapeEnd(at: j) else { return nil }
        j = end
        escaped = true
      } else if c < 0x20 {
        return nil
      } else if c >= 0x80 {
        guard let end = utf8SequenceEnd(at: j) else { return nil }
        j = end
      } else {
        j += 1
      }
    }
  }

  /// The end of the escape sequence at `i`, or nil when it is not a valid one.
  private func escapeEnd(at i: Int) -> Int? {
    guard i + 1 < n else { return nil }
    switch p[i + 1] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
      UInt8(ascii: "f"),
      UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      return i + 2
    case UInt8(ascii: "u"):
      guard i + 6 <= n else { return nil }
      for k in (i + 2)..<(i + 6) {
        let b = p[k]
        guard isDigit(b) || (b | 0x20) &- UInt8(ascii: "a") < 6 else { return nil }
      }
      return i + 6
    default:
      return nil
    }
  }

  /// The end of the well-formed UTF-8 sequence at `j` (as `UTF8Validation.sequenceEnd`).
  @inline(__always)
  private func utf8SequenceEnd(at j: Int) -> Int? {
    let b0 = p[j]
    @inline(__always) func cont(_ k: Int) -> Bool { k < n && p[k] & 0xC0 == 0x80 }
    @inline(__always) func within(_ k: Int, _ low: UInt8, _ high: UInt8) -> Bool {
      k < n && p[k] >= low && p[k] <= high
    }
    switch b0 {
    case 0xC2...0xDF: return cont(j + 1) ? j + 2 : nil
    case 0xE0: return within(j + 1, 0xA0, 0xBF) && cont(j + 2) ? j + 3 : nil
    case 0xE1...0xEC, 0xEE...0xEF: return cont(j + 1) && cont(j + 2) ? j + 3 : nil
    case 0xED: return within(j + 1, 0x80, 0x9F) && cont(j + 2) ? j + 3 : nil
    case 0xF0: return within(j + 1, 0x90, 0xBF) && cont(j + 2) && cont(j + 3) ? j + 4 : nil
    case 0xF1...0xF3: return cont(j + 1) && cont(j + 2) && cont(j + 3) ? j + 4 : nil
    case 0xF4: return within(j + 1, 0x80, 0x8F) && cont(j + 2) && cont(j + 3) ? j + 4 : nil
    default: return nil
    }
  }
}
