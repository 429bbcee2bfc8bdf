import ErrmsgKit
import ErrmsgModel

/// For a code whose catalog entry reads arguments from server messages: which
/// templates may match a message, the matcher, and the detail formatter for
/// its locale.
struct ArgumentReader {
  /// The templates as the worker matches them.
  let matcher: ArgumentMatcher
  private let prefilters: [LiteralPrefilter]
  /// nil when results must be rendered in full (see ``ErrmsgKit/MessageCatalog/detailFormatter(code:locale:)``).
  let detail: DetailFormatter?

  init(rules: ExtractionRules, detail: DetailFormatter?) {
    self.matcher = ArgumentMatcher(rules)
    self.prefilters = rules.templates.map(LiteralPrefilter.init)
    self.detail = detail
  }

  /// The templates that may match `message` (indices, in order).
  func candidates(_ message: UnsafeBufferPointer<UInt8>) -> [Int] {
    var out: [Int] = []
    for (k, p) in prefilters.enumerated() where p.mayMatch(message) { out.append(k) }
    return out
  }
}
