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

  private init(rules: ExtractionRules, detail: DetailFormatter?, pieces: DetailPieces?) {
    self.rules = rules
    self.detail = detail
    self.pieces = pieces
  }

  /// The same reader for another code that resolves to the same entry: what
  /// differs is the value of `{code}`; the rules and ICU formatters are shared.
  func forCode(_ code: String) -> ArgumentReader {
    ArgumentReader(rules: rules, detail: detail?.forCode(code), pieces: pieces?.forCode(code))
  }
}
