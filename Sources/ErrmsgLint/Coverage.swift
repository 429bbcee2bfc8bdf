package import ErrmsgModel

/// How far each locale's translation has come, per product, for `errmsg
/// coverage`; and how much of the official tier can be shown, per product and language.
package struct Coverage: Sendable {
  /// The counts of one product in one locale (curated tier).
  package struct Row: Sendable, Equatable {
    package var locale: String
    package var product: String
    /// Catalog codes with `"state": "translated"` (or no state).
    package var translated: Int
    /// Catalog codes marked `needs-review`.
    package var needsReview: Int
    /// Catalog codes marked `new` (not translated yet).
    package var new: Int
    /// Catalog codes with no entry.
    package var missing: Int
    /// Entries for codes the catalog does not have.
    package var stale: Int
    /// Catalog codes.
    package var total: Int
    /// Whether a converter made the texts (OpenCC), not a translator.
    package var machineConverted: Bool

    /// Translated share of the catalog, 0–100.
    package var percent: Double { total == 0 ? 100 : Double(translated) * 100 / Double(total) }
  }

  /// The official tier of one product: how many codes have a description fit to show, per language.
  package struct OfficialRow: Sendable, Equatable {
    package var product: String
    package var codes: Int
    package var chinese: Int
    package var english: Int
    package var taiwan: Int
    package var hongKong: Int
    /// Codes marked removed from the SDK.
    package var removed: Int
  }

  /// One row per locale and product, sorted.
  package var rows: [Row]
  /// One row per product of the official tier, sorted.
  package var official: [OfficialRow]
  /// The locale translations start from.
  package var sourceLocale: String

  /// Counts the locales of a checked catalog (files that could not be read are left out).
  package init(_ checked: CheckedCatalog, official documents: [OfficialCatalog] = []) {
    sourceLocale = checked.sourceLocale
    var rows: [Row] = []
    for catalog in checked.catalogs {
      let codes = catalog.codes.map(\.code)
      let known = Set(codes)
      for locale in checked.localeNames {
        let files = checked.locales.filter {
          $0.locale == locale && ($0.product == catalog.product || $0.product == nil)
        }
        var states: [String: TranslationState] = [:]
        for f in files {
          for m in f.document.messages where states[m.code] == nil { states[m.code] = m.state }
        }
        let own = files.filter { $0.product == catalog.product }
        var row = Row(
          locale: locale, product: catalog.product, translated: 0, needsReview: 0, new: 0, missing: 0,
          stale: Set(own.flatMap { $0.document.messages.map(\.code) }).subtracting(known).count,
          total: codes.count, machineConverted: own.contains { $0.document.machineConverted != nil })
        for code in codes {
          switch states[code] {
          case .translated: row.translated += 1
          case .needsReview: row.needsReview += 1
          case .new: row.new += 1
          case nil: row.missing += 1
          }
        }
        rows.append(row)
      }
    }
    self.rows = rows.sorted { ($0.locale, $0.product) < ($1.locale, $1.product) }
    self.official = documents.map { d in
      var r = OfficialRow(
        product: d.product, codes: d.codes.count, chinese: 0, english: 0, taiwan: 0, hongKong: 0, removed: 0)
      for (code, c) in d.codes {
        func shown(_ t: String?, _ l: OfficialLanguage) -> Bool {
          t.flatMap { OfficialDescription.display($0, language: l, code: code) } != nil
        }
        let zh = shown(c.zh, .zh)
        if zh { r.chinese += 1 }
        if shown(c.en, .en) { r.english += 1 }
        if zh && shown(c.zhTW, .zh) { r.taiwan += 1 }
        if zh && shown(c.zhHK, .zh) { r.hongKong += 1 }
        if c.removed != nil { r.removed += 1 }
      }
      return r
    }.sorted { $0.product < $1.product }
  }

  /// Aligned tables for people: the curated tier per locale and product, then the official tier per product.
  package var text: String {
    let header = ["locale", "product", "translated", "needs review", "new", "missing", "stale", "done"]
    var table = [header]
    for r in rows {
      table.append([
        r.locale + (r.locale == sourceLocale ? " (source)" : "") + (r.machineConverted ? " (converted)" : ""),
        r.product, "\(r.translated)/\(r.total)", "\(r.needsReview)", "\(r.new)", "\(r.missing)", "\(r.stale)",
        Self.percentText(r.percent),
      ])
    }
    var out = "curated texts\n" + Self.align(table, leftColumns: 2)
    guard !official.isEmpty else { return out }
    var o = [["product", "codes", "zh", "en", "zh-TW", "zh-HK", "removed"]]
    var sum = OfficialRow(product: "all", codes: 0, chinese: 0, english: 0, taiwan: 0, hongKong: 0, removed: 0)
    for r in official {
      o.append(Self.cells(r))
      sum.codes += r.codes
      sum.chinese += r.chinese
      sum.english += r.english
      sum.taiwan += r.taiwan
      sum.hongKong += r.hongKong
      sum.removed += r.removed
    }
    o.append(Self.cells(sum))
    out += "\nofficial descriptions fit to show (the family's text is shown for the others)\n"
    out += Self.align(o, leftColumns: 1)
    return out
  }

  private static func cells(_ r: OfficialRow) -> [String] {
    [r.product, "\(r.codes)", "\(r.chinese)", "\(r.english)", "\(r.taiwan)", "\(r.hongKong)", "\(r.removed)"]
  }

  private static func align(_ table: [[String]], leftColumns: Int) -> String {
    var widths = Array(repeating: 0, count: table.first?.count ?? 0)
    for line in table {
      for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    return table.map { line in
      line.enumerated().map { i, cell in
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        return i < leftColumns ? cell + pad : pad + cell
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  /// `{"sourceLocale":…,"curated":[{"locale","product","translated",…,"percent"}],"official":[{"product","codes","zh","en","zh-TW","zh-HK","removed"}]}`.
  package var json: String {
    var w = JSONWriter()
    w.raw("{")
    w.member("sourceLocale", sourceLocale)
    w.key("curated")
    w.raw("[")
    for (i, r) in rows.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{")
      w.member("locale", r.locale)
      w.member("product", r.product)
      w.member("machineConverted", r.machineConverted)
      Self.counts(
        [
          ("translated", r.translated), ("needsReview", r.needsReview), ("new", r.new), ("missing", r.missing),
          ("stale", r.stale), ("total", r.total),
        ], into: &w)
      w.key("percent")
      w.raw(Array(Self.percentNumber(r.percent).utf8))
      w.raw("}")
    }
    w.raw("]")
    w.key("official")
    w.raw("[")
    for (i, r) in official.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{")
      w.member("product", r.product)
      Self.counts(
        [
          ("codes", r.codes), ("zh", r.chinese), ("en", r.english), ("zh-TW", r.taiwan), ("zh-HK", r.hongKong),
          ("removed", r.removed),
        ], into: &w)
      w.raw("}")
    }
    w.raw("]}\n")
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// `,"name":n` for each count, after members already written.
  private static func counts(_ values: [(String, Int)], into w: inout JSONWriter) {
    for (name, value) in values {
      w.raw(",")
      w.string(name)
      w.raw(":")
      w.int(value)
    }
  }

  /// One decimal, rounded down so that 99.96% never shows as 100%.
  private static func tenths(_ percent: Double) -> Int { Int((percent * 10).rounded(.down)) }

  private static func percentNumber(_ percent: Double) -> String {
    let t = tenths(percent)
    return "\(t / 10).\(t % 10)"
  }

  private static func percentText(_ percent: Double) -> String { percentNumber(percent) + "%" }
}
