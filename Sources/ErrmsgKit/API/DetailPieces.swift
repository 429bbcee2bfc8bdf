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
    /// One argument (with whatever is nested in its branches), by name;
    /// `date` formats it instead when it is one `{name, date, ::skeleton}`
    /// and given a date (``ErrmsgICU/ICUDateFormat``, checked to agree).
    case argument(id: Int, name: String, formatter: ICUMessageFormat, date: ICUDateFormat?)
  }

  /// Instants on which a date piece's own format must agree with MessageFormat.
  private static let sampleInstants: [Double] = [
    0, 86_399_999, 1_009_843_199_000, 1_234_567_890_123, 1_320_000_000_000, 1_509_800_000_000,
    1_709_797_740_000, 1_711_846_800_000, 1_735_689_599_000, 1_761_000_000_000, 4_102_444_800_000,
  ]

  private let pieces: [Piece]
  /// The value of the `code` argument every detail may use.
  private let code: String

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
        var date: ICUDateFormat?
        if let skeleton = piece.dateSkeleton,
          let own = try? ICUDateFormat(skeleton: skeleton, locale: formatter.locale, timeZone: formatter.timeZone),
          Self.sampleInstants.allSatisfy({ t in
            (try? own.format(millisecondsSince1970: t))
              == (try? compiled.format([(name: name, value: .date(millisecondsSince1970: t))]))
          })
        {
          date = own
        }
        pieces.append(.argument(id: cache.newID(), name: name, formatter: compiled, date: date))
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
      case .argument(let id, let name, let formatter, let date):
        guard let value = value(named: name, in: arguments) else {
          out.bytes.removeSubrange(mark...)
          return false
        }
        let key = cache.isWorthIt(id) ? DetailPieceCache.Key(piece: id, value: .init(value)) : nil
        if let key, let content = cache.lookUp(key) {
          out.bytes.append(contentsOf: content)
          continue
        }
        let formatted: String?
        if let date, case .date(let point) = value {
          formatted = try? date.format(millisecondsSince1970: point.timeIntervalSince1970 * 1000)
        } else {
          formatted = try? formatter.format([(name: name, value: value.icuValue)])
        }
        guard var text = formatted else {
          out.bytes.removeSubrange(mark...)
          return false
        }
        let start = out.bytes.count
        text.withUTF8 { out.escapeContent($0.span) }
        if let key { cache.store(Array(out.bytes[start...]), for: key) }
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

  /// Lookups of a piece before its hit rate is judged, and the share of hits it needs.
  private static let trialLookups = 2048
  private static let minimumHitShare = 64

  /// The most entries kept.
  package let capacity: Int
  private var entries: [Key: [UInt8]] = [:]
  /// Per piece id: lookups and hits so far.
  private var lookups: [Int] = [0]
  private var hits: [Int] = [0]

  package init(capacity: Int = 16384) {
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

  fileprivate mutating func lookUp(_ key: Key) -> [UInt8]? {
    lookups[key.piece] += 1
    guard let found = entries[key] else { return nil }
    hits[key.piece] += 1
    return found
  }

  fileprivate mutating func store(_ content: [UInt8], for key: Key) {
    if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
    entries[key] = content
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
