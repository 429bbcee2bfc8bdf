/// The fast path's reader: checks that a line is valid JSON and picks the few
/// members a reply needs straight from the bytes, without building values.
///
/// It is strict (every value is validated as RFC 8259 JSON, strings as UTF-8)
/// but narrow: it answers nil for anything it does not handle itself (escapes
/// in the strings it extracts, a duplicate member it cares about, escaped
/// member names, `text` or `args` requests, other envelope shapes, invalid
/// JSON, deep nesting). Those lines take the precise path, which decides what
/// they mean and words the errors.
///
/// A line is first read as the usual request, its members in the usual order,
/// comparing each name where it is expected; a line in any other order is read
/// by one loop per level of the shape, which classifies each name by a word or
/// two of its bytes. Positions are plain `Int`s passed along with the line's
/// bytes `p` (which end where the line ends); strings are checked eight bytes
/// at a time, and only their rare bytes (escapes, non-ASCII text, DEL) one by one.
enum RequestScanner {
  /// Values nested deeper than this are left to the precise path.
  private static let maximumDepth = 64

  /// Scans the line `block[line]` (without its line break); the ranges found index `block`.
  static func scan(_ block: [UInt8], line: Range<Int>) -> ScannedRequest? {
    guard let (request, end) = scan(block, from: line.lowerBound, limit: line.upperBound),
      end == line.upperBound
    else { return nil }
    return request
  }

  /// Scans the line starting at `start` in `block[..<limit]` without finding
  /// its end first: the request, and where the line ends (at a line break, or
  /// `limit`). A line break is never white space inside the line, so the scan
  /// stops at the first one; nil when the line is not read here (its end then
  /// still has to be found).
  static func scan(_ block: [UInt8], from start: Int, limit: Int) -> (request: ScannedRequest, lineEnd: Int)? {
    scanLine(block.span.extracting(0..<limit), from: start)
  }

  /// The end of the JSON value starting at `start` in a line the full parser
  /// has accepted (used to echo an `id` exactly as written).
  static func valueEnd(in line: [UInt8], at start: Int) -> Int? {
    skipValue(line.span, at: start, depth: 0)
  }

  // MARK: - The usual line

  /// The line taking up `p` from `start` (with white space around it).
  ///
  /// It is first read as the usual line: a request with its members in the usual order,
  /// `{"id":…,"locale":"…","envelope":{"Response":{"Error":{"Code":"…","Message":"…"},"RequestId":"…"}}}`,
  /// or a bare envelope `{"Response":{…}}` ordered so, with any white space,
  /// comparing each name where it is expected. Where it differs from that,
  /// ``scanAnyLine(_:from:)`` reads the line from the start.
  private static func scanLine(_ p: Span<UInt8>, from start: Int) -> (ScannedRequest, Int)? {
    var i = skipSpace(p, start)
    guard byte(p, i) == UInt8(ascii: "{") else { return nil }
    i = skipSpace(p, i &+ 1)
    var id: Range<Int>?
    var locale: Range<Int>?
    var product: Range<Int>?
    let isRequest = isName(p, &i, 0x2264_6922, 0, 4) /* "id" */
    if isRequest {
      guard let end = skipValue(p, at: i, depth: 1) else { return scanAnyLine(p, from: start) }
      id = i..<end
      i = end
      guard isComma(p, &i), isName(p, &i, 0x2265_6C61_636F_6C22, 0, 8) /* "locale" */,
        let s = plainString(p, &i), isComma(p, &i)
      else { return scanAnyLine(p, from: start) }
      locale = s.content
      if isName(p, &i, 0x7463_7564_6F72_7022, 0x2274_6375_646F_7270, 9) /* "product" */ {
        guard let pr = plainString(p, &i), isComma(p, &i) else { return scanAnyLine(p, from: start) }
        product = pr.content
      }
      guard isName(p, &i, 0x706F_6C65_766E_6522, 0x2265_706F_6C65_766E, 10) /* "envelope" */, isOpen(p, &i)
      else { return scanAnyLine(p, from: start) }
    }
    guard isName(p, &i, 0x736E_6F70_7365_5222, 0x2265_736E_6F70_7365, 10) /* "Response" */, isOpen(p, &i),
      isName(p, &i, 0x22_726F_7272_4522, 0, 7) /* "Error" */, isOpen(p, &i),
      isName(p, &i, 0x2265_646F_4322, 0, 6) /* "Code" */, let code = plainString(p, &i),
      !code.content.isEmpty, isComma(p, &i),
      isName(p, &i, 0x6567_6173_7365_4D22, 0x2265_6761_7373_654D, 9) /* "Message" */,
      let message = plainString(p, &i), isClose(p, &i), isComma(p, &i),
      isName(p, &i, 0x7473_6575_7165_5222, 0x2264_4974_7365_7571, 11) /* "RequestId" */,
      let requestId = plainString(p, &i), isClose(p, &i), isClose(p, &i),
      !isRequest || isClose(p, &i), let end = lineEnd(p, i)
    else { return scanAnyLine(p, from: start) }
    let request = ScannedRequest(
      id: id, locale: locale, product: product, code: code.content, message: message.content,
      requestId: requestId.content, messageHasDEL: message.hasDEL, requestIdHasDEL: requestId.hasDEL)
    return (request, end)
  }

  /// Where the line ends when only white space is left of it at `i`: at its
  /// line break, or the end of `p`; nil when something else follows.
  @inline(__always)
  private static func lineEnd(_ p: Span<UInt8>, _ i: Int) -> Int? {
    let end = skipSpace(p, i)
    return end == p.count || p[end] == 0x0A ? end : nil
  }

  /// Moves `i` past the member name whose `count` bytes (quotes included) are
  /// `first` (the first eight or fewer) and `last` (the last eight, for longer
  /// names), little-endian, then past its colon and white space; false when
  /// that name and a colon are not at `i`.
  @inline(__always)
  private static func isName(
    _ p: Span<UInt8>, _ i: inout Int, _ first: UInt64, _ last: UInt64, _ count: Int
  ) -> Bool {
    if count <= 8 {
      let mask: UInt64 = count == 8 ? ~0 : ~(~0 << (UInt64(count) &* 8))
      guard head(p, at: i) & mask == first else { return false }
    } else {
      guard head(p, at: i) == first, head(p, at: i &+ count &- 8) == last else { return false }
    }
    guard let value = valueStart(p, at: i &+ count) else { return false }
    i = value
    return true
  }

  /// Moves `i` past white space and a `,` and white space; false when there is no `,`.
  @inline(__always)
  private static func isComma(_ p: Span<UInt8>, _ i: inout Int) -> Bool {
    let j = skipSpace(p, i)
    guard byte(p, j) == UInt8(ascii: ",") else { return false }
    i = skipSpace(p, j &+ 1)
    return true
  }

  /// Moves `i` past the `{` of a value and white space; false when there is no `{`.
  @inline(__always)
  private static func isOpen(_ p: Span<UInt8>, _ i: inout Int) -> Bool {
    guard byte(p, i) == UInt8(ascii: "{") else { return false }
    i = skipSpace(p, i &+ 1)
    return true
  }

  /// Moves `i` past white space and a `}`; false when there is no `}`.
  @inline(__always)
  private static func isClose(_ p: Span<UInt8>, _ i: inout Int) -> Bool {
    let j = skipSpace(p, i)
    guard byte(p, j) == UInt8(ascii: "}") else { return false }
    i = j &+ 1
    return true
  }

  // MARK: - Any line

  /// The objects of the shape, by the member names each acts on.
  private enum Level {
    /// The line's object: `id`, `locale`, `envelope`, `text`, `args`, `Response`.
    case line
    /// `envelope`'s object: `Response`.
    case envelope
    /// `Response`'s object: `Error`, `RequestId`.
    case response
    /// `Error`'s object: `Code`, `Message`.
    case error
  }

  /// The member names the scanner acts on.
  private enum Key {
    case id, locale, product, envelope, text, args, response, error, code, message, requestId, other
  }

  /// A request `{"id":…,"locale":…,"envelope":{…}}` or a bare envelope
  /// `{"Response":{…}}` with its members in any order, taking up `p` from
  /// `start` (with white space around).
  private static func scanAnyLine(_ p: Span<UInt8>, from start: Int) -> (ScannedRequest, Int)? {
    var i = skipSpace(p, start)
    guard byte(p, i) == UInt8(ascii: "{") else { return nil }
    var id: Range<Int>?
    var locale: Range<Int>?
    var product: Range<Int>?
    var sawEnvelope = false
    var envelope: ScannedRequest?
    var response: ScannedRequest?
    var more = openObject(p, &i)
    while more {
      guard let (key, value) = memberName(p, at: i, .line) else { return nil }
      i = value
      switch key {
      case .id:
        guard id == nil, let end = skipValue(p, at: i, depth: 1) else { return nil }
        id = i..<end
        i = end
      case .locale:
        guard locale == nil, let s = plainString(p, &i) else { return nil }
        locale = s.content
      case .envelope:
        guard !sawEnvelope, let (r, end) = scanEnvelope(p, at: i) else { return nil }
        sawEnvelope = true
        envelope = r
        i = end
      case .response:
        guard response == nil, let (r, end) = scanResponse(p, at: i) else { return nil }
        response = r
        i = end
      case .product:
        guard product == nil, let s = plainString(p, &i) else { return nil }
        product = s.content
      case .text, .args:
        return nil
      default:
        guard let end = skipValue(p, at: i, depth: 1) else { return nil }
        i = end
      }
      guard let next = nextMember(p, &i) else { return nil }
      more = next
    }
    guard let end = lineEnd(p, i) else { return nil }
    if id != nil || locale != nil || product != nil || sawEnvelope {
      guard var request = envelope else { return nil }
      request.id = id
      request.locale = locale
      request.product = product
      return (request, end)
    }
    guard let response else { return nil }
    return (response, end)
  }

  /// `{"Response":{…}, …}` at `start`, and where it ends: other members are
  /// ignored, as the precise path does.
  private static func scanEnvelope(_ p: Span<UInt8>, at start: Int) -> (ScannedRequest, Int)? {
    guard byte(p, start) == UInt8(ascii: "{") else { return nil }
    var i = start
    var response: ScannedRequest?
    var more = openObject(p, &i)
    while more {
      guard let (key, value) = memberName(p, at: i, .envelope) else { return nil }
      if key == .response {
        guard response == nil, let (r, end) = scanResponse(p, at: value) else { return nil }
        response = r
        i = end
      } else {
        guard let end = skipValue(p, at: value, depth: 2) else { return nil }
        i = end
      }
      guard let next = nextMember(p, &i) else { return nil }
      more = next
    }
    guard let response else { return nil }
    return (response, i)
  }

  /// `{"Error":{"Code":…,"Message":…},"RequestId":…}` at `start`, and where it ends.
  private static func scanResponse(_ p: Span<UInt8>, at start: Int) -> (ScannedRequest, Int)? {
    guard byte(p, start) == UInt8(ascii: "{") else { return nil }
    var i = start
    var code: Range<Int>?
    var message: PlainString?
    var sawError = false
    var requestId: PlainString?
    var more = openObject(p, &i)
    while more {
      guard let (key, value) = memberName(p, at: i, .response) else { return nil }
      i = value
      switch key {
      case .error:
        guard !sawError, byte(p, i) == UInt8(ascii: "{") else { return nil }
        sawError = true
        var moreInError = openObject(p, &i)
        while moreInError {
          guard let (key, value) = memberName(p, at: i, .error) else { return nil }
          i = value
          switch key {
          case .code:
            guard code == nil, let s = plainString(p, &i), !s.content.isEmpty else { return nil }
            code = s.content
          case .message:
            guard message == nil, let s = plainString(p, &i) else { return nil }
            message = s
          default:
            guard let end = skipValue(p, at: i, depth: 4) else { return nil }
            i = end
          }
          guard let next = nextMember(p, &i) else { return nil }
          moreInError = next
        }
      case .requestId:
        guard requestId == nil, let s = plainString(p, &i) else { return nil }
        requestId = s
      default:
        guard let end = skipValue(p, at: i, depth: 3) else { return nil }
        i = end
      }
      guard let next = nextMember(p, &i) else { return nil }
      more = next
    }
    guard let code else { return nil }
    let response = ScannedRequest(
      id: nil, locale: nil, product: nil, code: code, message: message?.content, requestId: requestId?.content,
      messageHasDEL: message?.hasDEL ?? false, requestIdHasDEL: requestId?.hasDEL ?? false)
    return (response, i)
  }

  /// Reads the member name at `i` and its colon: which member of `level` it
  /// is and where its value starts (past white space), or nil when there is
  /// no valid name without escapes (an escaped name may spell a member we
  /// need; only the precise path can tell).
  private static func memberName(_ p: Span<UInt8>, at i: Int, _ level: Level) -> (Key, Int)? {
    guard byte(p, i) == UInt8(ascii: "\"") else { return nil }
    let start = i &+ 1
    let (key, length) = knownName(head(p, at: start), head(p, at: start &+ 2), level)
    var end = start &+ length &+ 1
    if key == .other {
      guard let e = plainStringEnd(p, from: start) else { return nil }
      end = e
    }
    guard let value = valueStart(p, at: end) else { return nil }
    return (key, value)
  }

  // MARK: - Objects

  /// Moves past the `{` at `i` and white space: whether a member follows
  /// (otherwise the object is empty, and `i` is past its `}`).
  @inline(__always)
  private static func openObject(_ p: Span<UInt8>, _ i: inout Int) -> Bool {
    i = skipSpace(p, i &+ 1)
    guard byte(p, i) == UInt8(ascii: "}") else { return true }
    i &+= 1
    return false
  }

  /// Moves past a member's value, the `,` or `}` after it and white space:
  /// whether another member follows; nil when neither comes.
  @inline(__always)
  private static func nextMember(_ p: Span<UInt8>, _ i: inout Int) -> Bool? {
    i = skipSpace(p, i)
    let b = byte(p, i)
    guard b == UInt8(ascii: ",") || b == UInt8(ascii: "}") else { return nil }
    i &+= 1
    guard b == UInt8(ascii: ",") else { return false }
    i = skipSpace(p, i)
    return true
  }

  /// After a member name ending before `i`: where its value starts, past the
  /// colon and white space; nil when there is no colon.
  @inline(__always)
  private static func valueStart(_ p: Span<UInt8>, at i: Int) -> Int? {
    var j = i
    if byte(p, j) != UInt8(ascii: ":") {
      j = skipSpace(p, j)
      guard byte(p, j) == UInt8(ascii: ":") else { return nil }
    }
    return skipSpace(p, j &+ 1)
  }

  /// The member name whose first bytes are `w0` and whose bytes from the
  /// third on are `w1` (as ``head(_:at:)`` reads them) when it is one `level`
  /// acts on, with its length; `.other` otherwise. Each name is compared with
  /// its closing quote, so a match is the whole name, without escapes.
  @inline(__always)
  private static func knownName(_ w0: UInt64, _ w1: UInt64, _ level: Level) -> (Key, Int) {
    switch level {
    case .line:
      if w0 & 0xFF_FFFF == 0x22_6469 /* id" */ { return (.id, 2) }
      if w0 & 0xFF_FFFF_FFFF_FFFF == 0x22_656C_6163_6F6C /* locale" */ { return (.locale, 6) }
      if w0 == 0x6570_6F6C_6576_6E65 /* envelope */,
        w1 & 0xFF_FFFF_FFFF_FFFF == 0x22_6570_6F6C_6576 /* velope" */
      {
        return (.envelope, 8)
      }
      if isResponse(w0, w1) { return (.response, 8) }
      if w0 & 0xFF_FFFF_FFFF == 0x22_7478_6574 /* text" */ { return (.text, 4) }
      if w0 & 0xFF_FFFF_FFFF == 0x22_7367_7261 /* args" */ { return (.args, 4) }
      if w0 == 0x2274_6375_646F_7270 /* product" */ { return (.product, 7) }
    case .envelope:
      if isResponse(w0, w1) { return (.response, 8) }
    case .response:
      if w0 & 0xFFFF_FFFF_FFFF == 0x2272_6F72_7245 /* Error" */ { return (.error, 5) }
      if w0 == 0x4974_7365_7571_6552 /* RequestI */, w1 == 0x2264_4974_7365_7571 /* questId" */ {
        return (.requestId, 9)
      }
    case .error:
      if w0 & 0xFF_FFFF_FFFF == 0x22_6564_6F43 /* Code" */ { return (.code, 4) }
      if w0 == 0x2265_6761_7373_654D /* Message" */ { return (.message, 7) }
    }
    return (.other, 0)
  }

  /// Whether the member name read as `w0` and `w1` (see ``knownName(_:_:_:)``) is `Response`.
  @inline(__always)
  private static func isResponse(_ w0: UInt64, _ w1: UInt64) -> Bool {
    w0 == 0x6573_6E6F_7073_6552 /* Response */
      && w1 & 0xFF_FFFF_FFFF_FFFF == 0x22_6573_6E6F_7073 /* sponse" */
  }

  // MARK: - Values

  /// A plain string's content, whether that holds a DEL byte, and its end.
  private struct PlainString {
    var content: Range<Int>
    var hasDEL: Bool
  }

  /// A string value without escapes at `i`, moved past; nil for anything else.
  @inline(__always)
  private static func plainString(_ p: Span<UInt8>, _ i: inout Int) -> PlainString? {
    guard byte(p, i) == UInt8(ascii: "\"") else { return nil }
    let start = i &+ 1
    let j = plainRunEnd(p, from: start)
    if byte(p, j) == UInt8(ascii: "\"") {
      i = j &+ 1
      return PlainString(content: start..<j, hasDEL: false)
    }
    guard let s = stringRest(p, at: j), !s.escaped else { return nil }
    i = s.end
    return PlainString(content: start..<(s.end &- 1), hasDEL: s.hasDEL)
  }

  /// The end of a string without escapes whose content starts at `start`
  /// (after its closing quote), or nil.
  private static func plainStringEnd(_ p: Span<UInt8>, from start: Int) -> Int? {
    guard let s = stringEnd(p, from: start), !s.escaped else { return nil }
    return s.end
  }

  /// Validates any JSON value at `i`: where it ends, or nil. `depth` is the
  /// nesting of the value's container (containers deeper than ``maximumDepth`` fail).
  private static func skipValue(_ p: Span<UInt8>, at i: Int, depth: Int) -> Int? {
    switch byte(p, i) {
    case UInt8(ascii: "\""):
      return stringEnd(p, from: i &+ 1)?.end
    case UInt8(ascii: "{"):
      guard depth < maximumDepth else { return nil }
      var j = i
      var more = openObject(p, &j)
      while more {
        guard byte(p, j) == UInt8(ascii: "\""), let nameEnd = plainStringEnd(p, from: j &+ 1),
          let value = valueStart(p, at: nameEnd), let end = skipValue(p, at: value, depth: depth &+ 1)
        else { return nil }
        j = end
        guard let next = nextMember(p, &j) else { return nil }
        more = next
      }
      return j
    case UInt8(ascii: "["):
      guard depth < maximumDepth else { return nil }
      var j = skipSpace(p, i &+ 1)
      if byte(p, j) == UInt8(ascii: "]") { return j &+ 1 }
      while true {
        guard let end = skipValue(p, at: j, depth: depth &+ 1) else { return nil }
        j = skipSpace(p, end)
        let b = byte(p, j)
        j &+= 1
        if b == UInt8(ascii: "]") { return j }
        guard b == UInt8(ascii: ",") else { return nil }
        j = skipSpace(p, j)
      }
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return numberEnd(p, at: i)
    case UInt8(ascii: "t"): return literalEnd(p, at: i, 0x6575_7274 /* true */, 4)
    case UInt8(ascii: "f"): return literalEnd(p, at: i, 0x65_736C_6166 /* false */, 5)
    case UInt8(ascii: "n"): return literalEnd(p, at: i, 0x6C6C_756E /* null */, 4)
    default: return nil
    }
  }

  /// The end of the literal whose `count` bytes are `word` (little-endian) at `i`, or nil.
  @inline(__always)
  private static func literalEnd(_ p: Span<UInt8>, at i: Int, _ word: UInt64, _ count: Int) -> Int? {
    head(p, at: i) & ~(~0 << (UInt64(count) &* 8)) == word ? i &+ count : nil
  }

  /// The end of the number at `i` (per the JSON grammar), or nil.
  private static func numberEnd(_ p: Span<UInt8>, at i: Int) -> Int? {
    var j = i
    if byte(p, j) == UInt8(ascii: "-") { j &+= 1 }
    guard isDigit(byte(p, j)) else { return nil }
    if byte(p, j) == UInt8(ascii: "0") {
      j &+= 1
    } else {
      repeat { j &+= 1 } while isDigit(byte(p, j))
    }
    if byte(p, j) == UInt8(ascii: ".") {
      j &+= 1
      guard isDigit(byte(p, j)) else { return nil }
      repeat { j &+= 1 } while isDigit(byte(p, j))
    }
    if byte(p, j) | 0x20 == UInt8(ascii: "e") {
      j &+= 1
      if byte(p, j) == UInt8(ascii: "+") || byte(p, j) == UInt8(ascii: "-") { j &+= 1 }
      guard isDigit(byte(p, j)) else { return nil }
      repeat { j &+= 1 } while isDigit(byte(p, j))
    }
    // A digit right after the number (a leading zero such as 01) is invalid.
    return isDigit(byte(p, j)) ? nil : j
  }

  @inline(__always)
  private static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

  // MARK: - Bytes

  /// The byte at `i`, or 0 past the line's end.
  @inline(__always)
  private static func byte(_ p: Span<UInt8>, _ i: Int) -> UInt8 {
    UInt(bitPattern: i) < UInt(bitPattern: p.count) ? p[i] : 0
  }

  /// `i` moved past any white space (space, tab, CR: never past a line break).
  @inline(__always)
  private static func skipSpace(_ p: Span<UInt8>, _ i: Int) -> Int {
    byte(p, i) > 0x20 ? i : spaceEnd(p, i)
  }

  /// ``skipSpace(_:_:)``'s loop, for when there may be white space at `i`
  /// (kept out of line: where there is none, `skipSpace` is one comparison).
  @inline(never)
  private static func spaceEnd(_ p: Span<UInt8>, _ i: Int) -> Int {
    var j = i
    while true {
      let b = byte(p, j)
      // Not a line break: a line never holds one, and a scan of a whole block stops at it.
      guard b == 0x20 || b == 0x09 || b == 0x0D else { return j }
      j &+= 1
    }
  }

  /// The eight bytes at `start` as a little-endian word, zeros standing in for
  /// bytes past the line's end.
  ///
  /// Kept out of line, so that the name comparisons calling it stay small
  /// enough for the compiler to inline them.
  @inline(never)
  private static func head(_ p: Span<UInt8>, at start: Int) -> UInt64 {
    start >= 0 && start <= p.count &- 8 ? word(p, at: start) : headNearEnd(p, at: start)
  }

  /// ``head(_:at:)`` within eight bytes of the line's end.
  private static func headNearEnd(_ p: Span<UInt8>, at start: Int) -> UInt64 {
    let n = p.count
    guard start < n else { return 0 }
    if n >= 8 {
      // The line's last word, shifted so that `start` comes first.
      return word(p, at: n - 8) >> (UInt64(start - (n - 8)) &* 8)
    }
    var w: UInt64 = 0
    for k in 0..<(n - start) { w |= UInt64(p[start + k]) << (UInt64(k) &* 8) }
    return w
  }

  /// The eight bytes at `offset` as a little-endian word (they must be in `p`).
  ///
  /// Taken from an eight-byte span, they need one bounds check and make one
  /// load (with `Span.word(at:)` the compiler cannot always prove the eight
  /// reads in bounds from its check, and then checks and loads each byte).
  @inline(__always)
  private static func word(_ p: Span<UInt8>, at offset: Int) -> UInt64 {
    let b = p.extracting(offset..<offset &+ 8)
    var w = UInt64(b[0])
    w |= UInt64(b[1]) << 8
    w |= UInt64(b[2]) << 16
    w |= UInt64(b[3]) << 24
    w |= UInt64(b[4]) << 32
    w |= UInt64(b[5]) << 40
    w |= UInt64(b[6]) << 48
    w |= UInt64(b[7]) << 56
    return w
  }

  // MARK: - Strings

  /// How a string ended: the position after its closing quote, whether it
  /// had escapes, and whether it had a DEL byte.
  private struct StringEnd {
    var end: Int
    var escaped: Bool
    var hasDEL: Bool
  }

  /// Scans a string's content from `start` (after its opening quote) through
  /// its closing quote; nil when it is not a valid JSON string.
  @inline(__always)
  private static func stringEnd(_ p: Span<UInt8>, from start: Int) -> StringEnd? {
    let j = plainRunEnd(p, from: start)
    if byte(p, j) == UInt8(ascii: "\"") {
      return StringEnd(end: j &+ 1, escaped: false, hasDEL: false)
    }
    return stringRest(p, at: j)
  }

  /// ``stringEnd(_:from:)`` from `start`, where a byte that is not plain text
  /// (or the line's end) is: escapes, DEL and non-ASCII characters are checked here.
  private static func stringRest(_ p: Span<UInt8>, at start: Int) -> StringEnd? {
    let n = p.count
    var escaped = false
    var hasDEL = false
    var j = start
    while j < n {
      let c = p[j]
      if c == UInt8(ascii: "\"") {
        return StringEnd(end: j &+ 1, escaped: escaped, hasDEL: hasDEL)
      }
      if c >= 0x80 {
        // Runs of non-ASCII characters (such as Chinese text) are checked here, not word by word.
        repeat {
          guard let end = utf8SequenceEnd(p, at: j) else { return nil }
          j = end
        } while byte(p, j) >= 0x80
      } else if c == UInt8(ascii: "\\") {
        guard let end = escapeEnd(p, at: j) else { return nil }
        j = end
        escaped = true
      } else if c == 0x7F {
        hasDEL = true
        j &+= 1
      } else {
        return nil
      }
      j = plainRunEnd(p, from: j)
    }
    return nil
  }

  /// The first position from `start` holding a byte a string cannot simply go
  /// past (a quote, a backslash, a control character, DEL or a non-ASCII byte),
  /// or the line's end.
  ///
  /// Kept out of line: its loop needs many registers, which the callers would have to give up.
  @inline(never)
  private static func plainRunEnd(_ p: Span<UInt8>, from start: Int) -> Int {
    // Thirty-two bytes a step from the rest of the line: the loop checks its count, no other bound.
    var rest = p.extracting(droppingFirst: start)
    var j = start
    while rest.count >= 32 {
      let chunk = rest.extracting(first: 32)
      for k in stride(from: 0, to: 32, by: 8) {
        let hits = specialBytes(word(chunk, at: k))
        if hits != 0 { return j &+ k &+ hits.trailingZeroBitCount &>> 3 }
      }
      rest = rest.extracting(droppingFirst: 32)
      j &+= 32
    }
    while rest.count >= 8 {
      let hits = specialBytes(word(rest, at: 0))
      if hits != 0 { return j &+ hits.trailingZeroBitCount &>> 3 }
      rest = rest.extracting(droppingFirst: 8)
      j &+= 8
    }
    // Fewer than eight bytes left: `head` reads zeros past them (control characters, so flagged).
    return min(j &+ specialBytes(head(p, at: j)).trailingZeroBitCount &>> 3, p.count)
  }

  /// The top bit of each byte of `w` that is a quote, a backslash, below 0x20
  /// or above 0x7E, exact up to the lowest such byte (nonzero when there is any).
  ///
  /// Per byte b: b - 0x20 has its top bit set for b < 0x20 (and b > 0x9F),
  /// (b ^ 0x22) - 1 for a quote, (b ^ 0x5C) - 1 for a backslash, and b + 1 for
  /// 0x7F...0xFE (and all of them for any other byte above 0x7F). Below the
  /// lowest such byte no byte borrows or carries into the next.
  @inline(__always)
  private static func specialBytes(_ w: UInt64) -> UInt64 {
    let control = w &- 0x2020_2020_2020_2020
    let quote = (w ^ 0x2222_2222_2222_2222) &- 0x0101_0101_0101_0101
    let backslash = (w ^ 0x5C5C_5C5C_5C5C_5C5C) &- 0x0101_0101_0101_0101
    let high = w &+ 0x0101_0101_0101_0101
    return (control | quote | backslash | high) & 0x8080_8080_8080_8080
  }

  /// The end of the escape sequence at `i`, or nil when it is not a valid one.
  private static func escapeEnd(_ p: Span<UInt8>, at i: Int) -> Int? {
    switch byte(p, i &+ 1) {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
      UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      return i &+ 2
    case UInt8(ascii: "u"):
      for k in 2..<6 {
        let b = byte(p, i &+ k)
        guard isDigit(b) || (b | 0x20) &- UInt8(ascii: "a") < 6 else { return nil }
      }
      return i &+ 6
    default:
      return nil
    }
  }

  /// The end of the well-formed UTF-8 sequence at `j` (as `UTF8Validation.sequenceEnd`).
  @inline(__always)
  private static func utf8SequenceEnd(_ p: Span<UInt8>, at j: Int) -> Int? {
    @inline(__always) func cont(_ k: Int) -> Bool { byte(p, j &+ k) & 0xC0 == 0x80 }
    @inline(__always) func within(_ low: UInt8, _ high: UInt8) -> Bool {
      let b = byte(p, j &+ 1)
      return b >= low && b <= high
    }
    switch byte(p, j) {
    case 0xC2...0xDF: return cont(1) ? j &+ 2 : nil
    case 0xE0: return within(0xA0, 0xBF) && cont(2) ? j &+ 3 : nil
    case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? j &+ 3 : nil
    case 0xED: return within(0x80, 0x9F) && cont(2) ? j &+ 3 : nil
    case 0xF0: return within(0x90, 0xBF) && cont(2) && cont(3) ? j &+ 4 : nil
    case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? j &+ 4 : nil
    case 0xF4: return within(0x80, 0x8F) && cont(2) && cont(3) ? j &+ 4 : nil
    default: return nil
    }
  }
}
