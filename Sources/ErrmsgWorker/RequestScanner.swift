// The request shape: entry points, the usual line, any line, member names. JSON values are in
// RequestScanner+Values.swift, strings and bytes in RequestScanner+Strings.swift.

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
}
