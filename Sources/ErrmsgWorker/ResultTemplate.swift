import ErrmsgKit
import ErrmsgModel

/// The result object of one code in one locale, rendered once, with holes for
/// the fields that vary from line to line.
///
/// It is cut from ``ErrmsgKit/LocalizedMessage/writeJSON(into:)``'s own output
/// (rendered with marker values in the varying fields), so a reply is byte for
/// byte what `errmsg --format json` writes, whatever order or spelling that
/// function uses.
final class ResultTemplate {
  /// A field whose value is written per line.
  enum Slot: UInt8 {
    case detail, requestId, serverMessage, arguments
  }

  /// The code, locale and product as requested (the cache key; an empty product for none).
  let code: String
  let locale: String
  let product: String
  /// The key's bytes: the code, a NUL, the locale, a NUL, the product.
  let key: [UInt8]
  /// A number unique among the templates of one worker (for keys that refer to a template).
  let serial: Int
  /// For codes whose entry reads argument values from server messages.
  let arguments: ArgumentReader?
  /// Lookups of this template's server messages in the ``VariableCache``, and hits.
  var variableLookups = 0
  var variableHits = 0

  /// Where each piece is in ``fused``: literals 0...4, then the detail and the arguments.
  private let pieceRanges: InlineArray<7, Range<Int>>
  /// Whether ``arguments`` is set (read per line without copying the reader).
  let hasArguments: Bool
  /// The slot after literal k, for k in 0..<4, one per byte.
  private let order: UInt32

  private static let markers: [(Slot, String)] = [
    (.detail, "\u{1}errmsg:detail"), (.requestId, "\u{1}errmsg:requestId"),
    (.serverMessage, "\u{1}errmsg:serverMessage"),
  ]
  private static let argumentsMarker = "\u{1}errmsg:arguments"

  /// Cuts the template out of a rendered message; nil when the markers cannot be found.
  init?(
    code: String, locale: String, product: String, key: [UInt8], serial: Int, arguments: ArgumentReader?,
    rendered m: LocalizedMessage
  ) {
    var probe = m
    probe.detail = Self.markers[0].1
    probe.requestId = Self.markers[1].1
    probe.serverMessage = Self.markers[2].1
    probe.arguments = [Self.argumentsMarker: .int(0)]
    var w = JSONWriter(capacity: 1024)
    probe.writeJSON(into: &w)
    let text = w.bytes

    guard var found = Self.markerOccurrences(in: text) else { return nil }
    found.sort { $0.at < $1.at }

    var pieces: [[UInt8]] = []
    var position = 0
    for f in found {
      pieces.append(Array(text[position..<f.at]))
      position = f.at + f.length
    }
    pieces.append(Array(text[position...]))
    var dw = JSONWriter(capacity: 256)
    dw.stringOrNull(m.detail)
    pieces.append(dw.bytes)
    var argumentsWriter = JSONWriter(capacity: 64)
    LocalizedMessage.writeArgumentsJSON(
      m.arguments.map { (name: $0.key, value: $0.value) }, into: &argumentsWriter)
    pieces.append(argumentsWriter.bytes)
    // Every piece sits in the fused reply below; its ranges are noted as it is built.
    var ranges = InlineArray<7, Range<Int>>(repeating: 0..<0)
    self.hasArguments = arguments != nil
    var order: UInt32 = 0
    for (k, f) in found.enumerated() { order |= UInt32(f.slot.rawValue) << (8 * UInt32(k)) }
    self.order = order

    // The common reply in three pieces: with this template's own detail and
    // arguments, and the two strings of the line between quotes.
    var fused: [UInt8] = Self.replyHead.withUTF8Buffer { Array($0) }
    // Exactly its size (appending would leave up to half of it unused, in every cached template).
    fused.reserveCapacity(fused.count + pieces.reduce(0) { $0 + $1.count } + 4 + Self.replyTail.utf8CodeUnitCount)
    var fusedCuts = InlineArray<2, Int>(repeating: 0)
    var strings = 0
    var requestIdFirst = true
    func place(_ k: Int) {
      let start = fused.count
      fused.append(contentsOf: pieces[k])
      ranges[k] = start..<fused.count
    }
    for (k, f) in found.enumerated() {
      place(k)
      switch f.slot {
      case .detail: place(5)
      case .arguments: place(6)
      case .requestId, .serverMessage:
        if strings == 0 { requestIdFirst = f.slot == .requestId }
        fused.append(0x22)
        fusedCuts[strings] = fused.count
        fused.append(0x22)
        strings += 1
      }
    }
    place(4)
    Self.replyTail.withUTF8Buffer { fused.append(contentsOf: $0) }
    self.pieceRanges = ranges
    self.fused = fused
    self.fusedCuts = fusedCuts
    self.requestIdFirst = requestIdFirst
    self.code = code
    self.locale = locale
    self.product = product
    self.key = key
    self.serial = serial
    self.arguments = arguments
  }

  /// What a success reply has between the id and the result, and after the result.
  static let replyHead: StaticString = ",\"ok\":true,\"result\":"
  static let replyTail: StaticString = "}\n"

  /// The reply from after the id to its line break, with this template's own
  /// detail and arguments, cut where the request id and the server message go
  /// (each between the quotes that end one piece and start the next):
  /// `fused[..<fusedCuts[0]]`, the first string, `fused[fusedCuts[0]..<fusedCuts[1]]`,
  /// the second, `fused[fusedCuts[1]...]`.
  let fused: [UInt8]
  let fusedCuts: InlineArray<2, Int>
  /// Whether the request id is the first of the two strings.
  let requestIdFirst: Bool

  /// Where piece `k` is in ``fused``.
  @inline(__always)
  private func piece(_ k: Int) -> Range<Int> { pieceRanges[k] }

  /// Where literal text `k` (0...4) is in ``fused``: literal k precedes
  /// ``slot(_:)`` k; literal 4 ends the object.
  @inline(__always)
  func literal(_ k: Int) -> Range<Int> { piece(k) }

  /// The slot after literal `k` (0..<4).
  @inline(__always)
  func slot(_ k: Int) -> Slot {
    Slot(rawValue: UInt8(truncatingIfNeeded: order >> (8 * UInt32(k)))) ?? .detail
  }

  /// Where the `detail` value as rendered (`null` or a JSON string) is in ``fused``.
  var detailJSON: Range<Int> { piece(5) }

  /// Where the `arguments` object as rendered (`{}` without arguments) is in ``fused``.
  var argumentsJSON: Range<Int> { piece(6) }

  /// Whether the template is the one for this code, locale and product.
  @inline(__always)
  func matches(code c: Span<UInt8>, locale l: Span<UInt8>, product p: Span<UInt8>) -> Bool {
    let key = self.key
    let k = key.span
    guard k.count == c.count + 1 + l.count + 1 + p.count else { return false }
    let l0 = c.count + 1
    let p0 = l0 + l.count + 1
    return ByteHash.equal(k.extracting(0..<c.count), c) && k[c.count] == 0
      && ByteHash.equal(k.extracting(l0..<(l0 + l.count)), l) && k[p0 - 1] == 0
      && ByteHash.equal(k.extracting(p0...), p)
  }

  /// The JSON text of each marker (a string; the arguments marker as the object it stands in).
  private static let markerTexts: [(slot: Slot, bytes: [UInt8])] = {
    var out: [(Slot, [UInt8])] = []
    for (slot, marker) in markers {
      var w = JSONWriter(capacity: 32)
      w.string(marker)
      out.append((slot, w.bytes))
    }
    var aw = JSONWriter(capacity: 32)
    aw.raw("{")
    aw.string(argumentsMarker)
    aw.raw(":0}")
    out.append((.arguments, aw.bytes))
    return out
  }()

  /// Where each marker stands in the probe's JSON, found in one pass: every
  /// marker holds U+0001, which JSON writes as `\u0001` and no other text of a
  /// result holds. Nil unless each marker is there exactly once.
  private static func markerOccurrences(in text: [UInt8]) -> [(at: Int, length: Int, slot: Slot)]? {
    let escape: [UInt8] = Array("\\u0001".utf8)
    var found: [(at: Int, length: Int, slot: Slot)] = []
    let bytes = text.span
    var i = 0
    while i + escape.count <= bytes.count {
      // Eight bytes at a time to the next backslash.
      i = bytes.skipUnflaggedWords(from: i) { Span<UInt8>.bytes($0, equalTo: 0x5C) }
      guard i + escape.count <= bytes.count else { break }
      guard bytes[i] == escape[0], bytes[i + 1] == escape[1], bytes[i + 5] == escape[5] else {
        i += 1
        continue
      }
      var matched = false
      for (slot, marker) in markerTexts {
        // The escape is the marker's second JSON byte (after `"`), or its third (after `{"`).
        let start = i - (slot == .arguments ? 2 : 1)
        guard start >= 0, start + marker.count <= bytes.count else { continue }
        var k = 0
        while k < marker.count, bytes[start + k] == marker[k] { k += 1 }
        if k == marker.count {
          if found.contains(where: { $0.slot == slot }) { return nil }
          found.append((start, marker.count, slot))
          i = start + marker.count
          matched = true
          break
        }
      }
      if !matched { i += 1 }
    }
    return found.count == markerTexts.count ? found : nil
  }

}
