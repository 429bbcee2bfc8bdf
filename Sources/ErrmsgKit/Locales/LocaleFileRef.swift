import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where a Catalog or Locales file's bytes come from.
enum FileRef: Sendable {
  /// Compiled into the binary by the EmbedCatalog plugin, with where its
  /// entries stand (read one at a time; the build checked the file whole).
  case embedded(IndexedFile)
  /// A file on disk (translators' previews, `--locales DIR`).
  case path(String)

  /// The name used in diagnostics.
  var name: String {
    switch self {
    case .embedded(let file): file.name
    case .path(let path): path
    }
  }

  /// An embedded file, read member by member; nil for a file on disk (read whole).
  var indexed: IndexedFile? {
    if case .embedded(let file) = self { return file }
    return nil
  }

  /// Reads the bytes; nil (with a diagnostic) when the file cannot be read.
  func load() -> (SourceFile?, Diagnostic?) {
    switch self {
    case .embedded(let file):
      return (SourceFile(name: file.name, bytes: Array(file.text.utf8)), nil)
    case .path(let path):
      guard let data = FileManager.default.contents(atPath: path) else {
        return (
          nil,
          Diagnostic(
            severity: .error, file: path, line: 0, column: 0, kind: "io", message: "cannot read the file")
        )
      }
      return (SourceFile(name: path, bytes: [UInt8](data)), nil)
    }
  }

  /// The locale files of a Locales directory: `<locale>/<product>.json`, and
  /// whole-locale `<locale>.json` files (under ``LocaleLayer/wholeLocale``). Folders that are not
  /// locales (`glossary`) and names that aren't UTF-8 are skipped.
  static func localeFiles(inDirectory directory: String) throws(CatalogLoadError) -> [String: [String: FileRef]] {
    let names = try entries(of: directory)
    var files: [String: [String: FileRef]] = [:]
    for name in names where !name.hasPrefix(".") {
      let path = join(directory, name)
      if name.hasSuffix(".json") {
        files[String(name.dropLast(5)), default: [:]][LocaleLayer.wholeLocale] = .path(path)
        continue
      }
      guard LocaleFolder.isLocaleName(name), let inner = try? entries(of: path) else { continue }
      for file in inner where file.hasSuffix(".json") && !file.hasPrefix(".") {
        let product = String(file.dropLast(5))
        guard ProductName.isValid(product) else { continue }
        files[name, default: [:]][product] = .path(join(path, file))
      }
    }
    return files
  }

  /// The curated catalogs of a Catalog directory: `<product>.json`, by product.
  static func catalogFiles(inDirectory directory: String) throws(CatalogLoadError) -> [String: FileRef] {
    var files: [String: FileRef] = [:]
    for name in try entries(of: directory) where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let product = String(name.dropLast(5))
      guard ProductName.isValid(product) else { continue }
      files[product] = .path(join(directory, name))
    }
    return files
  }

  /// The official-tier files of a Catalog directory (`official/<product>.json`), by product.
  static func officialFiles(inDirectory directory: String) -> [String: FileRef] {
    let folder = join(directory, "official")
    guard let names = try? entries(of: folder) else { return [:] }
    var files: [String: FileRef] = [:]
    for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let product = String(name.dropLast(5))
      guard ProductName.isValid(product) else { continue }
      files[product] = .path(join(folder, name))
    }
    return files
  }

  private static func entries(of directory: String) throws(CatalogLoadError) -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    } catch {
      throw CatalogLoadError(
        message: "cannot read the directory \(directory)",
        diagnostics: [
          Diagnostic(
            severity: .error, file: directory, line: 0, column: 0, kind: "io",
            message: "cannot read the directory")
        ])
    }
  }

  private static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
