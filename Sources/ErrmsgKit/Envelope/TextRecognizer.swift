/// Finds the Tencent Cloud errors in a text as people paste it: a log, a
/// traceback, a console dump.
///
/// The text is cut at each SDK error string (`[TencentCloudSDKException]`,
/// `[TencentCloudSDKError]`, `TencentCloudSDKHttpException`), so a text with two
/// errors gives two. Each piece is read by the SDKs' shapes (``SDKErrorText``,
/// ``NodeSDKText``), else by log-line shapes (``LogLineText``). When no piece
/// states a code, the code is inferred from the message with the catalog's
/// extraction rules (``MessageCatalog/inferCode(fromMessage:)``): only when
/// exactly one code's rules match. The same error printed twice counts once.
enum TextRecognizer {
  /// The errors in `text`, in order; empty when there are none.
  static func recognize(_ text: String, catalog: MessageCatalog) -> [ParsedError] {
    let b = Array(text.utf8)
    let plausible: (String) -> Bool = { catalog.isPlausibleCode($0) }
    let framed = TextScan.find(b, "TencentCloudSDK", from: 0) != nil
    var found: [ParsedError] = []
    var codeless: [(message: String, requestId: String?)] = []
    for (range, atMarker) in pieces(b) {
      let piece = Array(b[range])
      // Inside an SDK's own string any code-like token is the code; elsewhere it must be plausible.
      let marked = atMarker || (framed && range == 0..<b.count)
      if TextScan.find(piece, "TencentCloudSDKHttpException", from: 0) != nil, let node = NodeSDKText.parse(piece) {
        if let code = node.code {
          found.append(ParsedError(code: code, message: node.message, requestId: node.requestId))
          continue
        }
        if let m = node.message { codeless.append((m, node.requestId)) }
      }
      if let e = SDKErrorText.parse(piece, accept: marked ? { _ in true } : plausible) {
        found.append(e)
        continue
      }
      let lines = LogLineText.parse(piece, isCode: plausible)
      if !lines.isEmpty {
        found += lines
        continue
      }
      if marked, let (start, _) = SDKErrorText.findMessageLabel(piece, from: 0) {
        let id = RequestIdText.find(in: piece, start..<piece.count)
        if let m = TextScan.cleanMessage(TextScan.trimmed(piece, start, id?.labelStart ?? piece.count)) {
          codeless.append((m, id?.id))
        }
      }
    }
    if found.isEmpty {
      for c in codeless {
        if let e = infer(c.message, requestId: c.requestId, catalog: catalog) { found.append(e) }
      }
    }
    if found.isEmpty, let whole = TextScan.trimmed(b, 0, b.count) {
      let id = RequestIdText.find(in: b, 0..<b.count)
      if let e = infer(whole, requestId: id?.id, catalog: catalog) { found.append(e) }
    }
    return distinct(found).map {
      var e = $0
      e.product = catalog.recognizedProduct(of: e.code) ?? e.product
      return e
    }
  }

  private static func infer(_ message: String, requestId: String?, catalog: MessageCatalog) -> ParsedError? {
    if let (code, rule) = catalog.inferCode(fromMessage: message) {
      return ParsedError(
        code: code, message: message, requestId: requestId,
        inference: .init(kind: "extraction-rule", rule: rule))
    }
    let trimmed = message.trimmingWhitespaceAndQuotes
    guard let (code, product, description) = catalog.inferCode(fromDescription: trimmed) else { return nil }
    return ParsedError(
      code: code, message: message, requestId: requestId, product: product,
      inference: .init(kind: "official-description", rule: description))
  }

  private static let markers: [[UInt8]] = [
    "TencentCloudSDKException]", "[TencentCloudSDKError]", "TencentCloudSDKHttpException",
  ].map { Array($0.utf8) }

  private static func markerAt(_ b: [UInt8], _ i: Int) -> Bool {
    markers.contains { m in i + m.count <= b.count && b[i..<(i + m.count)].elementsEqual(m) }
  }

  /// The text cut before each SDK error string (a PHP class in the brackets
  /// starts at its `[`); the whole text when it has none.
  private static func pieces(_ b: [UInt8]) -> [(Range<Int>, Bool)] {
    var starts: [Int] = []
    var i = 0
    while i < b.count {
      if markerAt(b, i) {
        var s = i
        // `[TencentCloud\Common\Exception\TencentCloudSDKException]`: from its `[`.
        if b[i] == UInt8(ascii: "T"), let open = b[max(0, i - 64)..<i].lastIndex(of: UInt8(ascii: "[")),
          !b[open..<i].contains(where: { TextScan.isSpace($0) }), b[i..<min(b.count, i + 25)].last == UInt8(ascii: "]")
        {
          s = open
        }
        if starts.last != s { starts.append(s) }
        i += 20
      } else {
        i += 1
      }
    }
    guard !starts.isEmpty else { return [(0..<b.count, false)] }
    var out: [(Range<Int>, Bool)] = []
    if starts[0] > 0 { out.append((0..<starts[0], false)) }
    for (k, s) in starts.enumerated() {
      out.append((s..<(k + 1 < starts.count ? starts[k + 1] : b.count), true))
    }
    return out
  }

  /// One error per code and request ID: an error without an ID merges into
  /// the first one with the same code.
  private static func distinct(_ errors: [ParsedError]) -> [ParsedError] {
    var out: [ParsedError] = []
    for e in errors {
      if let k = out.firstIndex(where: {
        $0.code == e.code && ($0.requestId == e.requestId || $0.requestId == nil || e.requestId == nil)
      }) {
        if out[k].requestId == nil { out[k].requestId = e.requestId }
        if out[k].message == nil { out[k].message = e.message }
        continue
      }
      out.append(e)
    }
    return out
  }
}

extension String {
  /// Without white space and quotes around it.
  fileprivate var trimmingWhitespaceAndQuotes: String {
    var scalars = Substring(self).unicodeScalars
    let drop: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\"", "'", "“", "”", "「", "」"]
    while let f = scalars.first, drop.contains(f) { scalars.removeFirst() }
    while let l = scalars.last, drop.contains(l) { scalars.removeLast() }
    return String(scalars)
  }
}
