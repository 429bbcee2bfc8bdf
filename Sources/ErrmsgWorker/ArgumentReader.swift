import ErrmsgKit
import ErrmsgModel

/// For a code whose catalog entry reads arguments from server messages: the
/// rules that read the values, and the detail formatter for its locale.
struct ArgumentReader {
  /// The code's templates; ``ErrmsgKit/ExtractionRules/extract(_:into:)`` reads the values.
  let rules: ExtractionRules
  /// nil when results must be rendered in full (see ``ErrmsgKit/MessageCatalog/detailFormatter(code:locale:)``).
  let detail: DetailFormatter?
  /// The detail cut at its arguments, when it can be (see ``ErrmsgKit/DetailPieces``).
  let pieces: DetailPieces?

  init(rules: ExtractionRules, detail: DetailFormatter?, pieces: inout DetailPieceCache) {
    self.rules = rules
    self.detail = detail
    self.pieces = detail?.pieces(numberingIn: &pieces)
  }
}
