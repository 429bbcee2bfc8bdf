import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `errmsg convert-locale --from zh-CN --to zh-HK [--product P]`: a Traditional Chinese locale made from
/// the Simplified one by ``ChineseConversion``, for products nobody has translated.
///
/// Reads `Locales/<from>/<product>.json` and writes `Locales/<to>/<product>.json` with the same members:
/// `locale` becomes the target, `"machineConverted": "opencc s2hk + Locales/glossary/zh-HK.json"` is added
/// after `product`, and the texts people read — each message's `message`, `hint` and `detail`, the
/// `unknown` entry's, and the `ui` labels — are converted (only their Chinese text changes; ICU syntax
/// and ASCII stay byte for byte). Notes for translators and states are copied as they are.
///
/// A target file that exists without `machineConverted` was written by a person and is not replaced
/// (unless `force`). Files are written all or none.
package enum LocaleConversion {
  /// What a conversion would write.
  package struct Plan: Sendable {
    package var writes: [FileTransaction.Write]
    /// The target folder (created when missing).
    package var directory: String
    /// Products converted, and how many texts.
    package var products: [String]
    package var textCount: Int
    /// The conversion's label.
    package var label: String
  }

  /// Members whose string values are converted, in a message entry.
  static let textMembers: Set<String> = ["message", "hint", "detail"]

  /// Plans the conversion; nothing is written.
  package static func plan(
    from source: String, to target: String, product: String?, localesDirectory: String, force: Bool
  )
    -> Result<Plan, Refusal>
  {
    let conversion: ChineseConversion
    switch ChineseConversion.load(target: target, localesDirectory: localesDirectory) {
    case .success(let c): conversion = c
    case .failure(let r): return .failure(r)
    }
    guard source == "zh-CN" || source == "zh-Hans" || source == "zh-SG" else {
      return .failure(usage("convert-locale converts from Simplified Chinese (zh-CN), not \(source)"))
    }
    let prefix = localesDirectory.isEmpty ? "" : localesDirectory + "/"
    let sourceDirectory = prefix + source
    let targetDirectory = prefix + target
    let products: [String]
    if let product {
      guard SDKTree.isProductName(product) else {
        return .failure(usage("--product \(product) is not a product id like tke or common"))
      }
      products = [product]
    } else {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: sourceDirectory) else {
        return .failure(Refusal(FileProblem(sourceDirectory, "cannot read the folder").diagnostic))
      }
      products = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }
        .filter(SDKTree.isProductName).sorted()
      if products.isEmpty {
        return .failure(Refusal(FileProblem(sourceDirectory, "no <product>.json files here").diagnostic))
      }
    }

    // Read every file and collect the texts.
    var documents: [(product: String, value: JSONValue)] = []
    var texts: [String] = []
    for product in products {
      let file: SourceFile
      switch CatalogFolders.read(sourceDirectory + "/" + product + ".json") {
      case .success(let f): file = f
      case .failure(let p): return .failure(Refusal(p.diagnostic))
      }
      if let bad = UTF8Validation.firstInvalidOffset(in: file.bytes) {
        return .failure(Refusal(file.diagnostic(.error, at: bad, kind: "encoding", "invalid UTF-8 at byte \(bad)")))
      }
      let value: JSONValue
      do {
        value = try JSONParser.parse(file.bytes).value
      } catch {
        return .failure(Refusal(file.diagnostic(.error, at: error.offset, kind: "syntax", error.message)))
      }
      guard case .object = value, value.member("messages") != nil else {
        return .failure(Refusal(file.diagnostic(.error, at: 0, kind: "schema", "not a locale file (no \"messages\")")))
      }
      if value.member("machineConverted") != nil {
        return .failure(
          Refusal(file.diagnostic(.error, at: 0, kind: "schema", "this file is itself machine-converted")))
      }
      let targetPath = targetDirectory + "/" + product + ".json"
      if !force, case .success(let existing) = CatalogFolders.read(targetPath) {
        let converted = (try? JSONParser.parse(existing.bytes).value.member("machineConverted")) ?? nil
        if converted == nil {
          return .failure(
            Refusal(
              Diagnostic(
                severity: .error, file: targetPath, line: 0, column: 0, kind: "curated",
                message: "exists and is not machine-converted (a person's translation)",
                fix: "convert another product, or give --force to replace it")))
        }
      }
      visitTexts(value) { texts.append($0) }
      documents.append((product, value))
    }

    let converted: [String]
    switch conversion.convert(texts) {
    case .success(let c): converted = c
    case .failure(let r): return .failure(r)
    }
    var next = converted.makeIterator()
    var writes: [FileTransaction.Write] = []
    for (product, value) in documents {
      var out = mapTexts(value) { _ in next.next()! }
      out = out.setting("locale", to: .string(target))
      let order = ["locale", "product", "machineConverted", "ui", "unknown", "messages"]
      out = out.setting("machineConverted", to: .string(conversion.label), order: order)
      writes.append(
        FileTransaction.Write(path: targetDirectory + "/" + product + ".json", bytes: PrettyJSON.bytes(out)))
    }
    return .success(
      Plan(
        writes: writes, directory: targetDirectory, products: products, textCount: texts.count, label: conversion.label)
    )
  }

  static func usage(_ message: String) -> Refusal {
    Refusal(Diagnostic(severity: .error, file: "convert-locale", line: 0, column: 0, kind: "usage", message: message))
  }

  /// Calls `body` with every text to convert, in document order.
  static func visitTexts(_ value: JSONValue, _ body: (String) -> Void) {
    _ = mapTexts(value) { text in
      body(text)
      return text
    }
  }

  /// The document with every text to convert replaced by `transform`, in document order.
  static func mapTexts(_ value: JSONValue, _ transform: (String) -> String) -> JSONValue {
    guard case .object(var members) = value else { return value }
    for i in members.indices {
      switch members[i].key {
      case "ui":
        members[i].node.value = mapMembers(members[i].node.value) { _, text in transform(text) }
      case "unknown":
        members[i].node.value = mapEntry(members[i].node.value, transform)
      case "messages":
        guard case .object(var entries) = members[i].node.value else { continue }
        for j in entries.indices { entries[j].node.value = mapEntry(entries[j].node.value, transform) }
        members[i].node.value = .object(entries)
      default: continue
      }
    }
    return .object(members)
  }

  static func mapEntry(_ value: JSONValue, _ transform: (String) -> String) -> JSONValue {
    mapMembers(value) { key, text in textMembers.contains(key) ? transform(text) : text }
  }

  static func mapMembers(_ value: JSONValue, _ transform: (String, String) -> String) -> JSONValue {
    guard case .object(var members) = value else { return value }
    for i in members.indices {
      if case .string(let text) = members[i].node.value {
        members[i].node.value = .string(transform(members[i].key, text))
      }
    }
    return .object(members)
  }
}
