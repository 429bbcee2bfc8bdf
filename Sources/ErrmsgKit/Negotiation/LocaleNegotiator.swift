import ErrmsgICU

/// The outcome of locale negotiation: which texts to use and how to format them.
struct LocaleResolution: Sendable, Hashable {
  /// The available locale whose texts are used (`zh-CN`).
  var textLocale: String
  /// The locale reported to the caller (`zh-CN`, or `zh-TW` for converted text).
  var reportedLocale: String
  /// The locale ICU formats numbers, dates and plurals for.
  var formattingLocale: String
  /// Whether the texts are converted from Simplified to Traditional Chinese by ICU.
  var convertsToTraditional: Bool
  /// The pseudo-locale (`en-XA`, `ar-XB`) whose texts are made from the source locale's, if one was asked for.
  var pseudo: PseudoLocale? = nil

  /// Which official description a reader of this locale gets (set by ``withOfficialColumn()``).
  var officialColumn: OfficialColumn = .english

  /// The resolution with ``officialColumn`` worked out from the reported locale.
  func withOfficialColumn() -> LocaleResolution {
    var r = self
    let parts = ICULocale.parts(ICULocale.maximized(reportedLocale) ?? reportedLocale)
    if pseudo != nil || parts.language != "zh" {
      r.officialColumn = .english
    } else if parts.script != "Hant" {
      r.officialColumn = .simplified
    } else {
      r.officialColumn = parts.region == "HK" || parts.region == "MO" ? .hongKong : .taiwan
    }
    return r
  }

  /// Whether the texts are in Traditional Chinese (written, converted by a file, or converted by ICU).
  var isTraditionalChinese: Bool { officialColumn == .taiwan || officialColumn == .hongKong }
}

/// The official descriptions a reader can get: the Chinese SDK's, its conversions, the English SDK's.
enum OfficialColumn: Sendable, Hashable {
  case simplified, taiwan, hongKong, english
}

/// Picks the best available locale for what a user asked for.
///
/// Accepts BCP 47 (`zh-Hans-CN`), POSIX (`zh_CN.UTF-8`, `C`) and
/// Accept-Language lists with q-values (`fr-CH, zh;q=0.9, en;q=0.8`). Each
/// requested locale, best first, is matched on language and script (after
/// ICU's likely-subtags maximization), preferring the same region, then the
/// language's default region. Traditional Chinese never silently gets
/// Simplified: while no Traditional file exists it gets the Simplified text
/// converted by ICU's Hans-Hant transliterator, and says so. Nothing matched
/// ends at the source locale.
struct LocaleNegotiator: Sendable {
  let available: [String]
  let sourceLocale: String
  private let maximizedAvailable: [(tag: String, language: String, script: String, region: String)]

  init(available: [String], sourceLocale: String) {
    self.available = available
    self.sourceLocale = sourceLocale
    self.maximizedAvailable = available.map { tag in
      let max = ICULocale.maximized(tag) ?? tag
      let p = ICULocale.parts(max)
      return (tag, p.language, p.script, p.region)
    }
  }

  func resolve(_ request: String) -> LocaleResolution {
    for tag in Self.requestedTags(request) {
      if let r = match(tag) { return r }
    }
    return LocaleResolution(
      textLocale: sourceLocale, reportedLocale: sourceLocale, formattingLocale: sourceLocale,
      convertsToTraditional: false)
  }

  /// The requested locales, canonical and best first (q-values honoured, q=0 and `*` dropped).
  static func requestedTags(_ request: String) -> [String] {
    var ranked: [(tag: String, q: Double, order: Int)] = []
    for (order, item) in request.split(separator: ",").enumerated() {
      let parts = item.split(separator: ";")
      guard let rawTag = parts.first?.trimmingSpaces, !rawTag.isEmpty, rawTag != "*" else { continue }
      var q = 1.0
      for p in parts.dropFirst() {
        let kv = p.trimmingSpaces
        if kv.hasPrefix("q=") || kv.hasPrefix("Q=") { q = Double(kv.dropFirst(2)) ?? 0 }
      }
      guard q > 0, let tag = ICULocale.canonicalTag(rawTag) else { continue }
      ranked.append((tag, q, order))
    }
    ranked.sort { $0.q != $1.q ? $0.q > $1.q : $0.order < $1.order }
    return ranked.map(\.tag)
  }

  private func match(_ tag: String) -> LocaleResolution? {
    if let exact = available.first(where: { $0.lowercased() == tag.lowercased() }) {
      return plain(exact)
    }
    if let pseudo = PseudoLocale(tag) {
      return LocaleResolution(
        textLocale: sourceLocale, reportedLocale: pseudo.tag, formattingLocale: sourceLocale,
        convertsToTraditional: false, pseudo: pseudo)
    }
    let max = ICULocale.maximized(tag) ?? tag
    let want = ICULocale.parts(max)
    if let best = bestCandidate(language: want.language, script: want.script, region: want.region) {
      return plain(best)
    }
    if want.language == "zh", want.script == "Hant",
      let simplified = bestCandidate(language: "zh", script: "Hans", region: "CN")
    {
      return LocaleResolution(
        textLocale: simplified, reportedLocale: tag, formattingLocale: tag, convertsToTraditional: true)
    }
    return nil
  }

  private func plain(_ tag: String) -> LocaleResolution {
    LocaleResolution(textLocale: tag, reportedLocale: tag, formattingLocale: tag, convertsToTraditional: false)
  }

  private func bestCandidate(language: String, script: String, region: String) -> String? {
    let same = maximizedAvailable.filter { $0.language == language && $0.script == script }
    if same.isEmpty { return nil }
    if let r = same.first(where: { $0.region == region }) { return r.tag }
    let defaultRegion = ICULocale.parts(ICULocale.maximized(language) ?? language).region
    if let d = same.first(where: { $0.region == defaultRegion }) { return d.tag }
    return same.first?.tag
  }
}

extension Substring {
  fileprivate var trimmingSpaces: String {
    var s = self[...]
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }
}
