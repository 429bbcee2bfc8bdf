/// A rule from `Catalog/codes.json` that pulls argument values out of a server message.
///
/// A template is literal text with `{name}` placeholders:
///
///     Your current request times equals to `{count}` in a second
///
/// - Matching is unanchored: the template may match anywhere in the message.
/// - Literal text is case-sensitive; a space in the template matches any run of
///   white space (messages wrap in logs).
/// - `int`, `double` and `date` placeholders capture digits only
///   (`int`: `-?[0-9][0-9,]*`; `double`: one optional `.`; `date`: Unix seconds).
/// - A `string` placeholder followed by literal text captures the shortest text
///   (at most 256 bytes, one line) up to that literal; at the end of the
///   template it captures one token of `[A-Za-z0-9._:/-]`, without a trailing `.`.
package struct ExtractionTemplate: Sendable {
  package enum Segment: Sendable, Equatable {
    case literal([UInt8])
    case capture(name: String, type: ArgumentType)
  }

  /// Why a template cannot be used.
  package struct Problem: Error, Sendable, Equatable {
    package var message: String
  }

  package let source: String
  package let segments: [Segment]
  /// The names of the template's placeholders, in order.
  package let captureNames: [String]
  /// The runs of non-space literal text, in order: a message that lacks one of
  /// them (in this order) cannot match, which rules most messages out cheaply.
  private let literalRuns: [[UInt8]]

  /// Parses a template against the code's declared arguments.
  package init(_ source: String, arguments: [ArgumentDeclaration]) throws(Problem) {
    self.source = source
    var segments: [Segment] = []
    var literal: [UInt8] = []
    let bytes = Array(source.utf8)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "{") {
        guard let close = bytes[i...].firstIndex(of: UInt8(ascii: "}")) else {
          throw Problem(message: "unclosed '{' in extraction template")
        }
        let name = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
        guard let declaration = arguments.first(where: { $0.name == name }) else {
          throw Problem(message: "placeholder {\(name)} is not a declared argument of this code")
        }
        if !literal.isEmpty {
          segments.append(.literal(literal))
          literal = []
        } else if case .capture = segments.last {
          throw Problem(message: "two placeholders need literal text between them")
        }
        segments.append(.capture(name: name, type: declaration.type))
        i = close + 1
      } else if b == UInt8(ascii: "}") {
        throw Problem(message: "unmatched '}' in extraction template")
      } else {
        literal.append(b)
        i += 1
      }
    }
    if !literal.isEmpty { segments.append(.literal(literal)) }
    guard segments.contains(where: { if case .literal = $0 { true } else { false } }) else {
      throw Problem(message: "an extraction template needs some literal text")
    }
    guard segments.contains(where: { if case .capture = $0 { true } else { false } }) else {
      throw Problem(message: "an extraction template needs at least one {placeholder}")
    }
    self.segments = segments
    var runs: [[UInt8]] = []
    for segment in segments {
      guard case .literal(let bytes) = segment else { continue }
      var current: [UInt8] = []
      for b in bytes {
        if Self.isSpace(b) {
          if !current.isEmpty { runs.append(current) }
          current = []
        } else {
          current.append(b)
        }
      }
      if !current.isEmpty { runs.append(current) }
    }
    self.literalRuns = runs
    self.captureNames = segments.compactMap { if case .capture(let name, _) = $0 { name } else { nil } }
  }

  /// The captured texts by argument name, or nil when the template does not match.
  package func match(_ message: [UInt8]) -> [(name: String, text: String)]? {
    guard let captures = captures(in: message.span) else { return nil }
    return captures.map { capture in
      var text = String(decoding: message[capture.range], as: UTF8.self)
      if capture.type == .int { text.removeAll { $0 == "," } }
      return (capture.name, text)
    }
  }

  /// One placeholder's match: where its text is in the message.
  package struct Capture {
    package var name: String
    package var type: ArgumentType
    package var range: Range<Int>
  }

  /// Where each placeholder's text is in `message`, in template order, or nil
  /// when the template does not match (no strings are built). `int` captures
  /// still hold their commas.
  package func captures(in message: Span<UInt8>) -> [Capture]? {
    guard let ranges = captureRanges(in: message) else { return nil }
    var out: [Capture] = []
    for (k, segment) in segments.enumerated() {
      if case .capture(let name, let type) = segment {
        out.append(Capture(name: name, type: type, range: ranges[k]))
      }
    }
    return out
  }

  /// The same as ranges by segment index (a literal segment's is unused):
  /// one allocation per match.
  package func captureRanges(in message: Span<UInt8>) -> [Range<Int>]? {
    var ranges: [Range<Int>] = []
    return captureRanges(in: message, into: &ranges) ? ranges : nil
  }

  /// The same into `ranges` (resized to the segment count; its storage is
  /// reused from call to call): whether the template matches.
  package func captureRanges(in message: Span<UInt8>, into ranges: inout [Range<Int>]) -> Bool {
    if ranges.count != segments.count {
      ranges.removeAll(keepingCapacity: true)
      ranges.append(contentsOf: repeatElement(0..<0, count: segments.count))
    }
    // The usual message starts with the template: no search then.
    if match(message, from: 0, segment: 0, captures: &ranges) { return true }
    guard mayMatch(message) else { return false }
    // A match can only start where the first literal's first byte is (unless that is white space).
    var first: UInt8?
    if case .literal(let lit) = segments[0], let b = lit.first, !Self.isSpace(b) { first = b }
    var start = 1
    while start < message.count {
      if let first {
        guard let at = message.firstIndex(of: first, from: start, to: message.count) else { return false }
        start = at
      }
      if match(message, from: start, segment: 0, captures: &ranges) { return true }
      start += 1
    }
    return false
  }

  /// False when the template certainly does not match `message`: some run of
  /// its literal text is missing, in order (spaces match any white space, so
  /// runs are compared without them). True proves nothing.
  private func mayMatch(_ message: Span<UInt8>) -> Bool {
    var from = 0
    for run in literalRuns {
      guard let at = Self.find(run, in: message, from: from) else { return false }
      from = at + run.count
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

  /// Matches `segments[segment...]` starting exactly at `position`.
  private func match(
    _ m: Span<UInt8>, from position: Int, segment: Int, captures: inout [Range<Int>]
  ) -> Bool {
    if segment == segments.count { return true }
    switch segments[segment] {
    case .literal(let lit):
      guard let end = Self.matchLiteral(lit, in: m, at: position) else { return false }
      return match(m, from: end, segment: segment + 1, captures: &captures)
    case .capture(_, let type):
      let next = segment + 1 < segments.count ? segments[segment + 1] : nil
      if type != .string || next == nil {
        guard let end = Self.scanToken(type: type, in: m, at: position), end > position else {
          return false
        }
        captures[segment] = position..<end
        return match(m, from: end, segment: segment + 1, captures: &captures)
      }
      guard case .literal(let lit) = next else { return false }
      // Shortest text up to the next literal, on one line, bounded.
      var end = position + 1
      let limit = min(m.count, position + 256)
      while end <= limit {
        if m[end - 1] == 0x0A || m[end - 1] == 0x0D { return false }
        if Self.matchLiteral(lit, in: m, at: end) != nil {
          captures[segment] = position..<end
          if match(m, from: end, segment: segment + 1, captures: &captures) { return true }
        }
        end += 1
      }
      return false
    }
  }

  @inline(__always)
  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
  @inline(__always)
  private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// A space in the literal matches any run of white space.
  private static func matchLiteral(_ lit: [UInt8], in m: Span<UInt8>, at position: Int) -> Int? {
    var i = 0
    var j = position
    while i < lit.count {
      if isSpace(lit[i]) {
        guard j < m.count, isSpace(m[j]) else { return nil }
        while i < lit.count, isSpace(lit[i]) { i += 1 }
        while j < m.count, isSpace(m[j]) { j += 1 }
        continue
      }
      guard j < m.count, m[j] == lit[i] else { return nil }
      i += 1
      j += 1
    }
    return j
  }

  private static func scanToken(type: ArgumentType, in m: Span<UInt8>, at position: Int) -> Int? {
    var j = position
    switch type {
    case .int:
      if j < m.count, m[j] == UInt8(ascii: "-") { j += 1 }
      guard j < m.count, isDigit(m[j]) else { return nil }
      while j < m.count, isDigit(m[j]) || (m[j] == UInt8(ascii: ",") && j + 1 < m.count && isDigit(m[j + 1])) {
        j += 1
      }
    case .double:
      if j < m.count, m[j] == UInt8(ascii: "-") { j += 1 }
      guard j < m.count, isDigit(m[j]) else { return nil }
      while j < m.count, isDigit(m[j]) { j += 1 }
      if j + 1 < m.count, m[j] == UInt8(ascii: "."), isDigit(m[j + 1]) {
        j += 1
        while j < m.count, isDigit(m[j]) { j += 1 }
      }
    case .date:
      while j < m.count, isDigit(m[j]) { j += 1 }
    case .string:
      while j < m.count {
        let b = m[j]
        let ok =
          (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || isDigit(b) || b == UInt8(ascii: ".")
          || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: "/")
          || b == UInt8(ascii: "-")
        if !ok { break }
        j += 1
      }
      while j > position, m[j - 1] == UInt8(ascii: ".") { j -= 1 }
    }
    return j
  }
}
