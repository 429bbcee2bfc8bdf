import ErrmsgICU
package import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A code's detail sentence cut at its top-level arguments
/// (``ErrmsgICU/ICUPattern/pieces(in:)``), for the worker: each argument is
/// formatted by ICU on its own, and the JSON text of what it gave is kept in
/// a ``DetailPieceCache`` per value, so a value seen before costs a lookup.
///
/// "You sent {count, plural, …} in one second; the limit is {limit, number,
/// integer} per second." has two such arguments: with counts spread over
/// thousands of values and a handful of limits, most lines find both pieces
/// in the cache although the whole sentence is new. The joined pieces are
/// what ``DetailFormatter/format(_:)`` gives (MessageFormat formats the top
/// level piece by piece, and JSON escaping works character by character).
package struct DetailPieces: Sendable {
  private enum Piece: Sendable {
    /// Literal text, formatted once: its JSON string content (no quotes).
    case text([UInt8])
    /// One argument (with whatever is nested in its branches), by name.
    case argument(id: Int, name: String, formatter: ICUMessageFormat)
    /// One `{name, date|time, ::skeleton}`, formatted by its own
    /// ``ErrmsgICU/ICUDateFormat`` (checked to agree with MessageFormat);
    /// a value that is not a date is left to the whole sentence's formatter.
    case date(id: Int, name: String, format: ICUDateFormat)
  }

  /// Instants on which a date piece's own format must agree with MessageFormat.
  private static let sampleInstants: [Double] = [
    0, 86_399_999, 1_009_843_199_000, 1_234_567_890_123, 1_320_000_000_000, 1_509_800_000_000,
    1_709_797_740_000, 1_711_846_800_000, 1_735_689_599_000, 1_761_000_000_000, 4_102_444_800_000,
  ]

  private let pieces: [Piece]
  /// The value of the `code` argument every detail may use.
  private let code: String

  private init(pieces: [Piece], code: String) {
    self.pieces = pieces
    self.code = code
  }

  /// The same pieces for another code that resolves to the same entry (the
  /// `{code}` value differs; the cache keys pieces by value, so both share it).
  package func forCode(_ other: String) -> DetailPieces {
    DetailPieces(pieces: pieces, code: other)
  }

  /// Cuts `formatter`'s pattern; nil when a piece uses more than one argument
  /// (a branch that reads another value) or a piece does not compile alone.
  init?(formatter: ICUMessageFormat, code: String, cache: inout DetailPieceCache) {
    guard let split = try? ICUPattern.pieces(in: formatter.pattern) else { return nil }
    var pieces: [Piece] = []
    for piece in split {
      guard
        let compiled = try? ICUMessageFormat(
          pattern: piece.pattern, locale: formatter.locale, timeZone: formatter.timeZone)
      else { return nil }
      switch piece.argumentNames.count {
      case 0:
        guard let text = try? compiled.format([String: ICUArgumentValue]()) else { return nil }
        pieces.append(.text(Self.jsonContent(text)))
      case 1:
        let name = piece.argumentNames[0]
        if let skeleton = piece.dateSkeleton,
          let own = try? ICUDateFormat(skeleton: skeleton, locale: formatter.locale, timeZone: formatter.timeZone),
          Self.sampleInstants.allSatisfy({ t in
            let text = try? own.format(millisecondsSince1970: t)
            return text != nil
              && text == (try? compiled.format([(name: name, value: .date(millisecondsSince1970: t))]))
          })
        {
          pieces.append(.date(id: cache.newID(), name: name, format: own))
        } else {
          pieces.append(.argument(id: cache.newID(), name: name, formatter: compiled))
        }
      default:
        return nil
      }
    }
    self.pieces = pieces
    self.code = code
  }

  /// Writes the detail for these arguments as a JSON string; false (writing
  /// nothing) when a piece cannot be formatted, a value missing or of the
  /// wrong kind: ``DetailFormatter/format(_:)`` then decides between a
  /// fallback text and no detail, and words the warning.
  package func writeJSON(
    _ arguments: [(name: String, value: MessageArgument)], cache: inout DetailPieceCache,
    into out: inout JSONWriter
  ) -> Bool {
    let mark = out.bytes.count
    out.bytes.append(0x22)
    for piece in pieces {
      switch piece {
      case .text(let content):
        out.bytes.append(contentsOf: content)
      case .argument(let id, let name, _), .date(let id, let name, _):
        guard let value = value(named: name, in: arguments) else {
          out.bytes.removeSubrange(mark...)
          return false
        }
        let key = cache.isWorthIt(id) ? DetailPieceCache.Key(piece: id, value: .init(value)) : nil
        if let key, cache.append(key, to: &out) { continue }
        let formatted: String?
        switch (piece, value) {
        case (.date(_, _, let format), .date(let point)):
          formatted = try? format.format(millisecondsSince1970: point.timeIntervalSince1970 * 1000)
        case (.argument(_, _, let formatter), _):
          formatted = try? formatter.format([(name: name, value: value.icuValue)])
        default:
          formatted = nil
        }
        guard var text = formatted else {
          out.bytes.removeSubrange(mark...)
          return false
        }
        let start = out.bytes.count
        text.withUTF8 { out.escapeContent($0.span) }
        if let key { cache.store(out.bytes, start..<out.bytes.count, for: key) }
      }
    }
    out.bytes.append(0x22)
    return true
  }

  private func value(named name: String, in arguments: [(name: String, value: MessageArgument)])
    -> MessageArgument?
  {
    // The last of a repeated name, as ICU takes it; `code` comes after the others.
    if name == "code" { return .string(code) }
    return arguments.last { $0.name == name }?.value
  }

  /// `text` as the content of a JSON string (escaped, without the quotes).
  private static func jsonContent(_ text: String) -> [UInt8] {
    var w = JSONWriter(capacity: text.utf8.count)
    w.escapeContent(text.utf8.span)
    return w.bytes
  }
}

/// The formatted pieces of one worker thread's ``DetailPieces``, by piece and
/// value. Bounded: when it holds ``capacity`` entries it starts over, so a
/// stream of ever new values cannot grow memory. A piece whose values almost
/// never repeat (timestamps) stops being cached after a trial, so it does
/// not push out the others.
package struct DetailPieceCache {
  struct Key: Hashable {
    let piece: Int
    let value: Value
  }

  /// A value as a key: numbers by their bits (0.0 and -0.0 format apart).
  enum Value: Hashable {
    case string(String)
    case int(Int)
    case double(UInt64)
    case date(UInt64)

    init(_ argument: MessageArgument) {
      switch argument {
      case .string(let s): self = .string(s)
      case .int(let i): self = .int(i)
      case .double(let d): self = .double(d.bitPattern)
      case .date(let date): self = .date(date.timeIntervalSince1970.bitPattern)
      }
    }
  }

  /// Lookups of a piece before its hit rate is judged, and the share of hits
  /// it needs then (one in 256: a piece whose values never repeat stops soon,
  /// before it fills the cache; counts out of thousands keep going).
  private static let trialLookups = 512
  private static let minimumHitShare = 256

  /// The most entries kept.
  package let capacity: Int
  /// Where each entry's text is in `arena` (offset and length, 32 bits each).
  private var entries: [Key: UInt64] = [:]
  /// The texts of the entries, back to back: one allocation for them all.
  private var arena: [UInt8] = []
  /// Per piece id: lookups and hits so far.
  private var lookups: [Int] = [0]
  private var hits: [Int] = [0]

  package init(capacity: Int = 8192) {
    self.capacity = max(capacity, 1)
  }

  /// The number of entries held.
  package var count: Int { entries.count }

  fileprivate mutating func newID() -> Int {
    lookups.append(0)
    hits.append(0)
    return lookups.count - 1
  }

  /// Whether piece `id`'s values repeat enough to be worth looking up and keeping.
  fileprivate func isWorthIt(_ id: Int) -> Bool {
    lookups[id] < Self.trialLookups || hits[id] * Self.minimumHitShare >= lookups[id]
  }

  /// Appends the text kept for `key` to `out`; false when there is none.
  fileprivate mutating func append(_ key: Key, to out: inout JSONWriter) -> Bool {
    lookups[key.piece] += 1
    guard let found = entries[key] else { return false }
    hits[key.piece] += 1
    let start = Int(found >> 32)
    out.bytes.appendContents(of: arena, in: start..<(start + Int(found & 0xFFFF_FFFF)))
    return true
  }

  /// Keeps `text[range]` for `key`.
  fileprivate mutating func store(_ text: [UInt8], _ range: Range<Int>, for key: Key) {
    if entries.count >= capacity || arena.count > Int(UInt32.max) - range.count {
      entries.removeAll(keepingCapacity: true)
      arena.removeAll(keepingCapacity: true)
    }
    entries[key] = UInt64(arena.count) << 32 | UInt64(range.count)
    arena.appendContents(of: text, in: range)
  }
}

extension DetailFormatter {
  /// The text rendering would use first, cut into ``DetailPieces``; nil when
  /// there is none or it cannot be cut.
  package func pieces(numberingIn cache: inout DetailPieceCache) -> DetailPieces? {
    guard let first = firstFormatter else { return nil }
    return DetailPieces(formatter: first, code: code, cache: &cache)
  }
}
