import ErrmsgModel

/// How far each locale's translation has come, for `errmsg coverage`.
package struct Coverage: Sendable {
  /// The counts of one locale.
  package struct Row: Sendable, Equatable {
    package var locale: String
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

    package init(
      locale: String, translated: Int, needsReview: Int, new: Int, missing: Int, stale: Int, total: Int
    ) {
      self.locale = locale
      self.translated = translated
      self.needsReview = needsReview
      self.new = new
      self.missing = missing
      self.stale = stale
      self.total = total
    }

    /// Translated share of the catalog, 0–100.
    package var percent: Double { total == 0 ? 100 : Double(translated) * 100 / Double(total) }
  }

  /// One row per locale, sorted by locale.
  package var rows: [Row]
  /// The locale translations start from.
  package var sourceLocale: String

  /// Counts the locales of a checked catalog (files that could not be read are left out).
  package init(_ checked: CheckedCatalog) {
    let codes = checked.catalog?.codes.map(\.code) ?? []
    let known = Set(codes)
    sourceLocale = checked.catalog?.sourceLocale ?? "en-US"
    rows = checked.locales.map { locale, _, document in
      var states: [String: TranslationState] = [:]
      for m in document.messages where states[m.code] == nil { states[m.code] = m.state }
      var row = Row(
        locale: locale, translated: 0, needsReview: 0, new: 0, missing: 0,
        stale: Set(document.messages.map(\.code)).subtracting(known).count, total: codes.count)
      for code in codes {
        switch states[code] {
        case .translated: row.translated += 1
        case .needsReview: row.needsReview += 1
        case .new: row.new += 1
        case nil: row.missing += 1
        }
      }
      return row
    }.sorted { $0.locale < $1.locale }
  }

  /// An aligned table for people.
  package var text: String {
    let header = ["locale", "translated", "needs review", "new", "missing", "stale", "done"]
    var table = [header]
    for r in rows {
      table.append([
        r.locale + (r.locale == sourceLocale ? " (source)" : ""), "\(r.translated)/\(r.total)", "\(r.needsReview)",
        "\(r.new)", "\(r.missing)", "\(r.stale)", Self.percentText(r.percent),
      ])
    }
    var widths = Array(repeating: 0, count: header.count)
    for line in table {
      for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    return table.map { line in
      line.enumerated().map { i, cell in
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        return i == 0 ? cell + pad : pad + cell
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  /// `{"sourceLocale":…,"codes":N,"locales":[{"locale","translated","needsReview","new","missing","stale","percent"}]}`.
  package var json: String {
    var w = JSONWriter()
    w.raw("{")
    w.member("sourceLocale", sourceLocale)
    w.member("codes", rows.first?.total ?? 0)
    w.key("locales")
    w.raw("[")
    for (i, r) in rows.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{")
      w.member("locale", r.locale)
      for (name, value) in [
        ("translated", r.translated), ("needsReview", r.needsReview), ("new", r.new), ("missing", r.missing),
        ("stale", r.stale),
      ] {
        w.raw(",")
        w.string(name)
        w.raw(":")
        w.int(value)
      }
      w.key("percent")
      w.raw(Array(Self.percentNumber(r.percent).utf8))
      w.raw("}")
    }
    w.raw("]}\n")
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// One decimal, rounded down so that 99.96% never shows as 100%.
  private static func tenths(_ percent: Double) -> Int { Int((percent * 10).rounded(.down)) }

  private static func percentNumber(_ percent: Double) -> String {
    let t = tenths(percent)
    return "\(t / 10).\(t % 10)"
  }

  private static func percentText(_ percent: Double) -> String { percentNumber(percent) + "%" }
}
