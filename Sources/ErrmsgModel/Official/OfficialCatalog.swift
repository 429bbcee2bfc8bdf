/// One generated `Catalog/official/<product>.json`: every code the official SDKs declare for a product,
/// with their descriptions (see `Docs/catalog-layout.md`, "Official tier").
///
/// The file is written by ``bytes()`` in one fixed layout — one line per code, codes in bytewise order,
/// members in a fixed order — so that the same data always gives the same bytes and a diff between two
/// SDK releases shows one line per changed code.
package struct OfficialCatalog: Sendable, Equatable {
  /// A package the data was read from.
  package struct Source: Sendable, Equatable {
    /// `tencentcloud-sdk-python`, `tencentcloud-sdk-python-intl-en`, `tencentcloud-sdk-go`, …
    package var package: String
    /// The package's version (`3.1.195`).
    package var version: String
    /// The language of its descriptions.
    package var language: OfficialLanguage

    package init(package: String, version: String, language: OfficialLanguage) {
      self.package = package
      self.version = version
      self.language = language
    }
  }

  /// One code.
  package struct Entry: Sendable, Equatable {
    /// The API versions that declare the code (`2018-05-25`), ascending.
    package var versions: [String]
    /// The Chinese SDK's description, verbatim.
    package var zh: String?
    /// The international SDK's description, verbatim.
    package var en: String?
    /// `zh` as displayed, converted for Taiwan (OpenCC s2twp + glossary).
    package var zhTW: String?
    /// `zh` as displayed, converted for Hong Kong (OpenCC s2hk + glossary).
    package var zhHK: String?
    /// The SDK version from which on the code is no longer declared.
    package var removed: String?

    package init(
      versions: [String], zh: String? = nil, en: String? = nil, zhTW: String? = nil, zhHK: String? = nil,
      removed: String? = nil
    ) {
      self.versions = versions
      self.zh = zh
      self.en = en
      self.zhTW = zhTW
      self.zhHK = zhHK
      self.removed = removed
    }

    /// The names of the members that differ from `other` (`versions`, `zh`, …).
    package func differences(from other: Entry) -> [String] {
      var out: [String] = []
      if versions != other.versions { out.append("versions") }
      if zh != other.zh { out.append("zh") }
      if en != other.en { out.append("en") }
      if zhTW != other.zhTW { out.append("zh-TW") }
      if zhHK != other.zhHK { out.append("zh-HK") }
      if removed != other.removed { out.append("removed") }
      return out
    }
  }

  /// The product id (`tke`).
  package var product: String
  /// The packages read, Chinese first.
  package var sources: [Source]
  /// The licence of the data (`Apache-2.0`).
  package var licence: String
  /// The codes, in bytewise order of the code.
  package var codes: [(code: String, entry: Entry)]

  package init(product: String, sources: [Source], licence: String, codes: [(code: String, entry: Entry)]) {
    self.product = product
    self.sources = sources
    self.licence = licence
    self.codes = codes
  }

  package static func == (a: OfficialCatalog, b: OfficialCatalog) -> Bool {
    a.product == b.product && a.sources == b.sources && a.licence == b.licence && a.codes.count == b.codes.count
      && zip(a.codes, b.codes).allSatisfy { $0.code == $1.code && $0.entry == $1.entry }
  }

  /// Bytewise order of codes (the order of the file).
  package static func precedes(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  // MARK: - Writing

  /// The file's bytes, in the one layout.
  package func bytes() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256 + codes.count * 160)
    func put(_ s: String) { out.append(contentsOf: s.utf8) }
    func quoted(_ s: String) { Self.appendQuoted(s, to: &out) }
    put("{\n  \"product\": ")
    quoted(product)
    put(",\n  \"sources\": [")
    for (i, source) in sources.enumerated() {
      put(i == 0 ? "\n    { \"package\": " : ",\n    { \"package\": ")
      quoted(source.package)
      put(", \"version\": ")
      quoted(source.version)
      put(", \"language\": ")
      quoted(source.language.rawValue)
      put(" }")
    }
    put(sources.isEmpty ? "],\n  \"licence\": " : "\n  ],\n  \"licence\": ")
    quoted(licence)
    put(",\n  \"codes\": {")
    for (i, (code, entry)) in codes.enumerated() {
      put(i == 0 ? "\n    " : ",\n    ")
      quoted(code)
      put(": {\"versions\": [")
      for (j, v) in entry.versions.enumerated() {
        if j > 0 { put(", ") }
        quoted(v)
      }
      put("]")
      for (name, value) in [
        ("zh", entry.zh), ("en", entry.en), ("zh-TW", entry.zhTW), ("zh-HK", entry.zhHK), ("removed", entry.removed),
      ] {
        guard let value else { continue }
        put(", \"\(name)\": ")
        quoted(value)
      }
      put("}")
    }
    put(codes.isEmpty ? "}\n}\n" : "\n  }\n}\n")
    return out
  }

  /// A JSON string: `"` and `\` escaped, control characters as `\n`/`\t`/… or `\u00XX`, the rest as is.
  static func appendQuoted(_ s: String, to out: inout [UInt8]) {
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
      case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0..<0x20:
        out.append(contentsOf: Array("\\u00".utf8))
        out.append(hex[Int(b >> 4)])
        out.append(hex[Int(b & 0xF)])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  // MARK: - Reading

  /// Why a file could not be read.
  package struct Problem: Error, Sendable {
    package var diagnostic: Diagnostic
    package init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
  }

  /// Reads a file written by ``bytes()`` (or by hand in the same schema); the first problem found otherwise.
  package static func read(_ file: SourceFile) -> Result<OfficialCatalog, Problem> {
    let root: JSONNode
    do {
      root = try JSONParser.parse(file.bytes)
    } catch {
      return .failure(Problem(file.diagnostic(.error, at: error.offset, kind: "syntax", error.message)))
    }
    func problem(_ node: JSONNode, _ message: String, code: String? = nil) -> Result<OfficialCatalog, Problem> {
      .failure(Problem(file.diagnostic(.error, at: node.offset, code: code, kind: "schema", message)))
    }
    guard case .object = root.value else { return problem(root, "expected an object") }
    guard let productNode = root.value["product"], let product = productNode.value.stringValue else {
      return problem(root, "\"product\" is missing or not a string")
    }
    var sources: [Source] = []
    guard let sourcesNode = root.value["sources"], case .array(let sourceNodes) = sourcesNode.value else {
      return problem(root, "\"sources\" is missing or not an array")
    }
    for node in sourceNodes {
      guard let package = node.value["package"]?.value.stringValue,
        let version = node.value["version"]?.value.stringValue,
        let language = node.value["language"]?.value.stringValue.flatMap(OfficialLanguage.init(rawValue:))
      else { return problem(node, "a source needs \"package\", \"version\" and \"language\" (zh or en)") }
      sources.append(Source(package: package, version: version, language: language))
    }
    let licence = root.value["licence"]?.value.stringValue ?? ""
    guard let codesNode = root.value["codes"], case .object(let members) = codesNode.value else {
      return problem(root, "\"codes\" is missing or not an object")
    }
    var codes: [(code: String, entry: Entry)] = []
    codes.reserveCapacity(members.count)
    for member in members {
      let node = member.node
      guard case .object(let fields) = node.value else {
        return problem(node, "expected an object", code: member.key)
      }
      var entry = Entry(versions: [])
      for field in fields {
        switch (field.key, field.node.value) {
        case ("versions", .array(let items)):
          for item in items {
            guard let v = item.value.stringValue else {
              return problem(item, "a version is a string", code: member.key)
            }
            entry.versions.append(v)
          }
        case ("zh", .string(let s)): entry.zh = s
        case ("en", .string(let s)): entry.en = s
        case ("zh-TW", .string(let s)): entry.zhTW = s
        case ("zh-HK", .string(let s)): entry.zhHK = s
        case ("removed", .string(let s)): entry.removed = s
        default:
          return problem(field.node, "unexpected member \"\(field.key)\" or value", code: member.key)
        }
      }
      codes.append((member.key, entry))
    }
    codes.sort { precedes($0.code, $1.code) }
    return .success(OfficialCatalog(product: product, sources: sources, licence: licence, codes: codes))
  }
}
