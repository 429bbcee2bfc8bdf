/// One named argument a code's texts may use, as declared in `Catalog/<product>.json`.
package struct ArgumentDeclaration: Sendable, Hashable {
  package var name: String
  package var type: ArgumentType
  package var description: String
}

/// One curated code of a `Catalog/<product>.json`.
package struct CodeRecord: Sendable {
  /// The code exactly as the API sends it.
  package var code: String
  /// The product the entry belongs to (`common`, `tke`, …): the file's product.
  package var product: String
  /// Byte offset of the code's key in the file.
  package var offset: Int
  /// The API versions that declare the code (`2018-05-25`); empty for common codes.
  package var versions: [String]
  package var category: ErrorCategory
  package var retry: RetryAdvice
  package var actor: ResponsibleParty
  package var arguments: [ArgumentDeclaration]
  /// Templates that pull argument values out of server messages.
  package var extract: [(template: String, offset: Int)]
  /// Argument values `show` uses (JSON numbers or strings, as written).
  package var samples: [(name: String, value: JSONValue)]
}

/// One parsed `Catalog/<product>.json`: the curated codes of one product.
package struct CatalogDocument: Sendable {
  /// The product the file is for (`common`, `tke`, …).
  package var product: String
  /// The locale every other locale is translated from, and the last fallback
  /// (declared in `Catalog/common.json`; nil where the file doesn't say).
  package var sourceLocale: String?
  /// Codes in file order.
  package var codes: [CodeRecord]

  package init(product: String, sourceLocale: String?, codes: [CodeRecord]) {
    self.product = product
    self.sourceLocale = sourceLocale
    self.codes = codes
  }

  /// The locale translations start from when no file names one.
  package static let defaultSourceLocale = "en-US"

  /// Built-in arguments every text may use without declaring them.
  package static let builtInArguments: [ArgumentDeclaration] = [
    ArgumentDeclaration(name: "code", type: .string, description: "The error code as received.")
  ]

  /// Reads a catalog file. Returns nil only when nothing usable could be read;
  /// entries with problems are left out and reported.
  package static func read(_ file: SourceFile) -> (CatalogDocument?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let root: JSONNode
    do {
      root = try JSONParser.parse(file.bytes)
    } catch {
      diagnostics.append(file.diagnostic(.error, at: error.offset, kind: "syntax", error.message))
      return (nil, diagnostics)
    }
    guard var top = ObjectReader(root, in: file, what: "the catalog", diagnostics: &diagnostics)
    else { return (nil, diagnostics) }
    let source = top.string("sourceLocale", required: false, what: "the catalog")?.text
    let product = top.string("product", required: true, what: "the catalog")?.text ?? ""
    if !product.isEmpty, !ProductName.isValid(product) {
      diagnostics.append(
        file.diagnostic(
          .error, at: top.member("product")?.node.offset ?? root.offset, kind: "schema",
          "\"\(product)\" is not a product id", fix: "use the SDK's product id: lowercase letters and digits, like tke")
      )
    }
    top.warnUnknown(allowed: ["product", "sourceLocale", "codes"], what: "the catalog")
    var codes: [CodeRecord] = []
    if let codesMember = top.member("codes"),
      let table = ObjectReader(codesMember.node, in: file, what: "\"codes\"", diagnostics: &diagnostics)
    {
      for member in table.members {
        if let record = readCode(member, product: product, in: file, diagnostics: &diagnostics) {
          codes.append(record)
        }
      }
      diagnostics += table.diagnostics
    } else if top.member("codes") == nil {
      diagnostics.append(
        file.diagnostic(.error, at: root.offset, kind: "missing-field", "the catalog has no \"codes\""))
    }
    diagnostics += top.diagnostics
    return (CatalogDocument(product: product, sourceLocale: source, codes: codes), diagnostics)
  }

  /// Reads one member of `"codes"` (the code and its object); nil, with the
  /// problems in `diagnostics`, when the entry cannot be used.
  package static func readCode(
    _ member: JSONMember, product: String, in file: SourceFile, diagnostics: inout [Diagnostic]
  ) -> CodeRecord? {
    let code = member.key
    let what = "the entry"
    if !ErrorCodeSyntax.isValid(code) {
      diagnostics.append(
        file.diagnostic(
          .error, at: member.keyOffset, code: code, kind: "schema",
          "\"\(code)\" is not an error code",
          fix: "codes are dot-separated words of letters and digits, like AuthFailure.SignatureExpire"))
      return nil
    }
    guard var entry = ObjectReader(member.node, in: file, what: what, code: code, diagnostics: &diagnostics)
    else { return nil }
    defer { diagnostics += entry.diagnostics }
    entry.warnUnknown(
      allowed: ["versions", "category", "retry", "actor", "arguments", "extract", "samples"], what: what)

    var versions: [String] = []
    if let v = entry.member("versions") {
      if case .array(let items) = v.node.value, items.allSatisfy({ $0.value.stringValue != nil }) {
        versions = items.compactMap { $0.value.stringValue }
      } else {
        diagnostics.append(
          file.diagnostic(
            .error, at: v.node.offset, code: code, kind: "schema",
            "\"versions\" must be a list of API versions like \"2018-05-25\""))
      }
    }
    let category = entry.enumeration("category", as: ErrorCategory.self, required: true, what: what)
    let retry = entry.enumeration("retry", as: RetryAdvice.self, required: true, what: what)
    let actor = entry.enumeration("actor", as: ResponsibleParty.self, required: true, what: what)

    var arguments: [ArgumentDeclaration] = []
    if let a = entry.member("arguments"),
      let reader = ObjectReader(a.node, in: file, what: "\"arguments\"", code: code, diagnostics: &diagnostics)
    {
      for m in reader.members {
        guard
          var arg = ObjectReader(
            m.node, in: file, what: "argument \"\(m.key)\"", code: code, diagnostics: &diagnostics)
        else { continue }
        if CatalogDocument.builtInArguments.contains(where: { $0.name == m.key }) {
          diagnostics.append(
            file.diagnostic(
              .error, at: m.keyOffset, code: code, kind: "schema",
              "\"\(m.key)\" is a built-in argument and must not be declared"))
        }
        if !ErrorCodeSyntax.isArgumentName(m.key) {
          diagnostics.append(
            file.diagnostic(
              .error, at: m.keyOffset, code: code, kind: "schema",
              "\"\(m.key)\" is not a valid argument name", fix: "use letters, digits and _, starting with a letter"))
        }
        let type = arg.enumeration("type", as: ArgumentType.self, required: true, what: "argument \"\(m.key)\"")
        let description = arg.string("description", required: false, what: "argument")?.text ?? ""
        arg.warnUnknown(allowed: ["type", "description"], what: "argument \"\(m.key)\"")
        diagnostics += arg.diagnostics
        if let type {
          arguments.append(ArgumentDeclaration(name: m.key, type: type, description: description))
        }
      }
      diagnostics += reader.diagnostics
    }

    var extract: [(String, Int)] = []
    if let e = entry.member("extract") {
      if case .array(let items) = e.node.value {
        for item in items {
          guard let template = item.value.stringValue else {
            diagnostics.append(
              file.diagnostic(
                .error, at: item.offset, code: code, kind: "schema", "extraction templates must be strings"))
            continue
          }
          extract.append((template, item.offset))
        }
      } else {
        diagnostics.append(
          file.diagnostic(
            .error, at: e.node.offset, code: code, kind: "schema",
            "\"extract\" must be a list of templates, found \(e.node.value.kindDescription)"))
      }
    }

    var samples: [(String, JSONValue)] = []
    if let s = entry.member("samples") {
      if let members = s.node.value.members {
        for m in members {
          switch m.node.value {
          case .number, .string:
            if arguments.contains(where: { $0.name == m.key }) {
              samples.append((m.key, m.node.value))
            } else {
              diagnostics.append(
                file.diagnostic(
                  .error, at: m.keyOffset, code: code, kind: "schema",
                  "sample \"\(m.key)\" is not a declared argument", fix: "declare it under \"arguments\" or remove it"))
            }
          default:
            diagnostics.append(
              file.diagnostic(
                .error, at: m.node.offset, code: code, kind: "schema",
                "sample \"\(m.key)\" must be a number or a string, found \(m.node.value.kindDescription)"))
          }
        }
      } else {
        diagnostics.append(
          file.diagnostic(
            .error, at: s.node.offset, code: code, kind: "schema",
            "\"samples\" must be an object of argument values, found \(s.node.value.kindDescription)"))
      }
    }

    guard let category, let retry, let actor else { return nil }
    return CodeRecord(
      code: code, product: product, offset: member.keyOffset, versions: versions, category: category,
      retry: retry, actor: actor, arguments: arguments, extract: extract, samples: samples)
  }
}

/// The spelling of product ids: the SDKs' package names (`tke`, `cvm`, `common`, `sdk`).
package enum ProductName {
  /// Lowercase ASCII letters and digits, starting with a letter, at most 40 bytes.
  package static func isValid(_ name: String) -> Bool {
    guard let first = name.utf8.first, first >= 0x61, first <= 0x7A, name.utf8.count <= 40 else { return false }
    return name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
  }
}

/// The spelling rules of codes and argument names.
package enum ErrorCodeSyntax {
  /// `Word(.Word)*`, words of ASCII letters, digits and `_`.
  package static func isValid(_ code: String) -> Bool {
    // One pass over the bytes: no part may be empty (no leading, trailing or doubled dot).
    var partLength = 0
    for b in code.utf8 {
      if b == UInt8(ascii: ".") {
        guard partLength > 0 else { return false }
        partLength = 0
      } else {
        guard isWordByte(b) else { return false }
        partLength += 1
      }
    }
    return partLength > 0
  }

  /// Letters, digits and `_`, starting with a letter.
  package static func isArgumentName(_ name: String) -> Bool {
    guard let first = name.utf8.first, isLetter(first) else { return false }
    return name.utf8.allSatisfy { isWordByte($0) }
  }

  private static func isLetter(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }

  private static func isWordByte(_ b: UInt8) -> Bool {
    isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x5F
  }
}
