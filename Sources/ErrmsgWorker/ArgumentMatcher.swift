package import ErrmsgKit
import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads argument values from server message bytes with a code's extraction
/// templates: the same matching as ``ErrmsgModel/ExtractionTemplate/match(_:)``
/// and the same typing as the catalog's extractor (the first template to
/// capture a name wins), without building strings or arrays along the way.
///
/// The worker runs it for every line of codes such as
/// `AuthFailure.SignatureExpire`, whose messages carry fresh timestamps; a test
/// checks it against ``ErrmsgKit/ExtractionRules/extract(from:only:)`` on
/// generated messages for every template of the catalog.
package struct ArgumentMatcher {
  private struct Segment {
    var literal: [UInt8]?
    var name: String
    var type: ArgumentType
  }

  private let templates: [[Segment]]

  package init(_ rules: ExtractionRules) {
    templates = rules.templates.map { template in
      template.segments.map { segment in
        switch segment {
        case .literal(let bytes): Segment(literal: bytes, name: "", type: .string)
        case .capture(let name, let type): Segment(literal: nil, name: name, type: type)
        }
      }
    }
  }

  /// The values found in `message` with the templates at `indices` (in order), in capture order.
  package func extract(_ message: UnsafeBufferPointer<UInt8>, templates indices: [Int]) -> [(
    name: String, value: MessageArgument
  )] {
    var out: [(name: String, value: MessageArgument)] = []
    out.reserveCapacity(4)
    for index in indices {
      let segments = templates[index]
      var captures = [Range<Int>](repeating: 0..<0, count: segments.count)
      guard Self.match(segments, message, captures: &captures) else { continue }
      for (k, segment) in segments.enumerated() where segment.literal == nil {
        guard !out.contains(where: { $0.name == segment.name }),
          let value = Self.typed(
            UnsafeBufferPointer(rebasing: message[captures[k]]), as: segment.type)
        else { continue }
        out.append((segment.name, value))
      }
    }
    return out
  }

  /// A captured text as its declared type; nil when it does not fit (as `Int(_:)`,
  /// `Double(_:)` and `Int64(_:)` read the text, commas dropped from integers).
  private static func typed(_ bytes: UnsafeBufferPointer<UInt8>, as type: ArgumentType)
    -> MessageArgument?
  {
    switch type {
    case .string: return .string(String(decoding: bytes, as: UTF8.self))
    case .int: return integer(bytes, skippingCommas: true).map(MessageArgument.int)
    case .double: return Double(String(decoding: bytes, as: UTF8.self)).map(MessageArgument.double)
    case .date:
      guard let seconds = integer(bytes, skippingCommas: false) else { return nil }
      return .date(Date(timeIntervalSince1970: Double(Int64(seconds))))
    }
  }

  /// `-?[0-9]+` as a 64-bit integer; nil for anything else or an overflow.
  private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, skippingCommas: Bool) -> Int? {
    var i = 0
    var negative = false
    if i < bytes.count, bytes[i] == UInt8(ascii: "-") {
      negative = true
      i += 1
    }
    var value = 0
    var digits = 0
    while i < bytes.count {
      let b = bytes[i]
      i += 1
      if skippingCommas, b == UInt8(ascii: ",") { continue }
      guard isDigit(b) else { return nil }
      let d = Int(b - 0x30)
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (next, o2) =
        negative ? times.subtractingReportingOverflow(d) : times.addingReportingOverflow(d)
      guard !o1, !o2 else { return nil }
      value = next
      digits += 1
    }
    return digits > 0 ? value : nil
  }

  // MARK: - Matching (unanchored: the first start where the whole template matches)

  private static func match(
    _ segments: [Segment], _ m: UnsafeBufferPointer<UInt8>, captures: inout [Range<Int>]
  ) -> Bool {
    var start = 0
    while start < m.count {
      if match(segments, m, from: start, segment: 0, captures: &captures) { return true }
      start += 1
    }
    return false
  }

  private static func match(
    _ segments: [Segment], _ m: UnsafeBufferPointer<UInt8>, from position: Int, segment: Int,
    captures: inout [Range<Int>]
  ) -> Bool {
    if segment == segments.count { return true }
    let s = segments[segment]
    if let literal = s.literal {
      guard let end = matchLiteral(literal, m, at: position) else { return false }
      return match(segments, m, from: end, segment: segment + 1, captures: &captures)
    }
    let next = segment + 1 < segments.count ? segments[segment + 1].literal : nil
    if s.type != .string || segment + 1 == segments.count {
      guard let end = scanToken(s.type, m, at: position), end > position else { return false }
      captures[segment] = position..<end
      return match(segments, m, from: end, segment: segment + 1, captures: &captures)
    }
    guard let literal = next else { return false }
    // The shortest text up to the next literal, on one line, at most 256 bytes.
    var end = position + 1
    let limit = min(m.count, position + 256)
    while end <= limit {
      if m[end - 1] == 0x0A || m[end - 1] == 0x0D { return false }
      if matchLiteral(literal, m, at: end) != nil {
        captures[segment] = position..<end
        if match(segments, m, from: end, segment: segment + 1, captures: &captures) { return true }
      }
      end += 1
    }
    return false
  }

  @inline(__always)
  private static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
  }

  @inline(__always)
  private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// A space in the literal matches any run of white space.
  private static func matchLiteral(
    _ literal: [UInt8], _ m: UnsafeBufferPointer<UInt8>, at position: Int
  ) -> Int? {
    var i = 0
    var j = position
    while i < literal.count {
      if isSpace(literal[i]) {
        guard j < m.count, isSpace(m[j]) else { return nil }
        while i < literal.count, isSpace(literal[i]) { i += 1 }
        while j < m.count, isSpace(m[j]) { j += 1 }
        continue
      }
      guard j < m.count, m[j] == literal[i] else { return nil }
      i += 1
      j += 1
    }
    return j
  }

  private static func scanToken(
    _ type: ArgumentType, _ m: UnsafeBufferPointer<UInt8>, at position: Int
  ) -> Int? {
    var j = position
    switch type {
    case .int:
      if j < m.count, m[j] == UInt8(ascii: "-") { j += 1 }
      guard j < m.count, isDigit(m[j]) else { return nil }
      while j < m.count,
        isDigit(m[j]) || (m[j] == UInt8(ascii: ",") && j + 1 < m.count && isDigit(m[j + 1]))
      {
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
          (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || isDigit(b)
          || b == UInt8(ascii: ".")
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
