import ErrmsgKit
import ErrmsgModel

/// For a code whose catalog entry reads arguments from server messages: which
/// templates may match a message, the rules that read the values, and the
/// detail formatter for its locale.
struct ArgumentReader {
  /// The code's templates; ``ErrmsgKit/ExtractionRules/extract(_:only:)`` reads the values.
  let rules: ExtractionRules
  private let prefilters: [LiteralPrefilter]
  /// nil when results must be rendered in full (see ``ErrmsgKit/MessageCatalog/detailFormatter(code:locale:)``).
  let detail: DetailFormatter?
  /// The detail cut at its arguments, when it can be (see ``ErrmsgKit/DetailPieces``).
  let pieces: DetailPieces?

  init(rules: ExtractionRules, detail: DetailFormatter?, pieces: inout DetailPieceCache) {
    self.rules = rules
    self.prefilters = rules.templates.map(LiteralPrefilter.init)
    self.detail = detail
    self.pieces = detail?.pieces(numberingIn: &pieces)
  }

  /// The templates that may match `message` (indices, in order), into `out`
  /// (emptied first; its storage reused).
  func candidates(_ message: Span<UInt8>, into out: inout [Int]) {
    out.removeAll(keepingCapacity: true)
    for (k, p) in prefilters.enumerated() where p.mayMatch(message) { out.append(k) }
  }
}
