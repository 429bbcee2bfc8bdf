/// The two lookup tables built from the catalog files, the same way at build
/// time (`errmsg-embed`) and when a catalog folder is read at run time.
///
/// - `official`: one line per (product, code) of the official tier:
///   `product ⇥ code ⇥ versions ⇥ removed ⇥ zh ⇥ en ⇥ zh-TW ⇥ zh-HK`, the texts in
///   their display form (``OfficialDescription/display(_:language:code:)``; empty
///   when not fit to show; zh-HK also empty where it is the zh-TW text).
/// - `index`: one line per code of every tier: `code ⇥ products ⇥ agree`, the
///   products that declare it (comma-separated, sorted) and `1` when their
///   official descriptions say the same in both languages, else `0`.
package struct CatalogTables: Sendable {
  package let official: SortedLines
  package let index: SortedLines

  package init(official: SortedLines, index: SortedLines) {
    self.official = official
    self.index = index
  }

  /// Builds the tables from the curated catalogs and the official tier.
  package init(curated: [CatalogDocument], official documents: [OfficialCatalog]) {
    var officialLines: [String] = []
    var products: [String: Set<String>] = [:]
    var texts: [String: Set<String>] = [:]
    for document in documents {
      for (code, r) in document.codes {
        func shown(_ text: String?, _ language: OfficialLanguage) -> String {
          text.flatMap { OfficialDescription.display($0, language: language, code: code) } ?? ""
        }
        let zh = shown(r.zh, .zh)
        let en = shown(r.en, .en)
        // The conversions are of the Chinese text: shown only where it is.
        let tw = zh.isEmpty ? "" : shown(r.zhTW, .zh)
        // The Hong Kong text is left out where it is the Taiwan one (half the codes): read back, an
        // empty zh-HK field stands for the zh-TW text (``OfficialEntry``).
        let written = zh.isEmpty ? "" : shown(r.zhHK, .zh)
        let hk = written == tw ? "" : written
        let fields = [document.product, code, r.versions.joined(separator: ","), r.removed ?? "", zh, en, tw, hk]
        officialLines.append(fields.map(Self.field).joined(separator: "\t"))
        products[code, default: []].insert(document.product)
        texts[code, default: []].insert(zh + "\u{1}" + en)
      }
    }
    for document in curated {
      for r in document.codes { products[r.code, default: []].insert(document.product) }
    }
    var indexLines: [String] = []
    indexLines.reserveCapacity(products.count)
    for (code, set) in products {
      let agree = (texts[code]?.count ?? 0) <= 1 ? "1" : "0"
      indexLines.append(code + "\t" + set.sorted().joined(separator: ",") + "\t" + agree)
    }
    self.official = SortedLines(lines: officialLines)
    self.index = SortedLines(lines: indexLines)
  }

  /// A field without tabs or line breaks (they separate fields and lines).
  private static func field(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
    return String(
      String.UnicodeScalarView(
        s.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }

  // MARK: - Lookups

  /// The products that declare a code (from any tier), and whether their official descriptions agree.
  package func products(declaring code: String) -> (products: [String], agree: Bool)? {
    guard let f = index.fields(forKey: code), f.count >= 2 else { return nil }
    // Cut on bytes: a Substring's own split walks characters (a code of 200 products is a long list).
    let products = f[0].utf8.split(separator: UInt8(ascii: ",")).map { String(Substring($0)) }
    return (products, f[1] == "1")
  }

  /// A product's official entry for a code.
  package func official(product: String, code: String) -> OfficialEntry? {
    guard let f = official.fields(forKey: product + "\t" + code) else { return nil }
    return OfficialEntry(product: product, code: code, fields: f[...])
  }
}

extension CatalogTables {
  /// Every official entry of a product, in code order.
  package func official(product: String) -> [OfficialEntry] {
    official.lines(withPrefix: product + "\t").compactMap { f in
      f.count >= 2 ? OfficialEntry(product: product, code: String(f[1]), fields: f[2...]) : nil
    }
  }

  /// Every official entry of every product, in table order.
  package var allOfficial: [OfficialEntry] {
    official.lines(withPrefix: "").compactMap { f in
      f.count >= 2 ? OfficialEntry(product: String(f[0]), code: String(f[1]), fields: f[2...]) : nil
    }
  }
}

/// An official-tier entry as a lookup returns it: descriptions in display form, nil where not fit to show.
package struct OfficialEntry: Sendable, Hashable {
  package var product: String
  package var code: String
  package var versions: [String]
  package var removed: String?
  package var zh: String?
  package var en: String?
  package var zhTW: String?
  package var zhHK: String?

  /// From a table line's fields after the product and the code:
  /// `versions ⇥ removed ⇥ zh ⇥ en ⇥ zh-TW ⇥ zh-HK`; nil when they are fewer.
  init?(product: String, code: String, fields f: ArraySlice<Substring>) {
    guard f.count >= 6 else { return nil }
    let i = f.startIndex
    func text(_ k: Int) -> String? { f[i + k].isEmpty ? nil : String(f[i + k]) }
    self.init(
      product: product, code: code,
      versions: f[i].utf8.split(separator: UInt8(ascii: ",")).map { String(Substring($0)) }, removed: text(1),
      zh: text(2), en: text(3), zhTW: text(4), zhHK: text(5) ?? text(4))
  }

  init(
    product: String, code: String, versions: [String], removed: String?, zh: String?, en: String?, zhTW: String?,
    zhHK: String?
  ) {
    self.product = product
    self.code = code
    self.versions = versions
    self.removed = removed
    self.zh = zh
    self.en = en
    self.zhTW = zhTW
    self.zhHK = zhHK
  }
}
