import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where a Catalog or Locales file's bytes come from.
enum FileRef: Sendable {
  /// Compiled into the binary by the EmbedCatalog plugin.
  case embedded(name: String, text: String)
  /// A file on disk (translators' previews, `--locales DIR`).
  case path(String)

  /// The name used in diagnostics.
  var name: String {
    switch self {
    case .embedded(let name, _): name
    case .path(let path): path
    }
  }

  /// Reads the bytes; nil (with a diagnostic) when the file cannot be read.
  func load() -> (SourceFile?, Diagnostic?) {
    switch self {
    case .embedded(let name, let text):
      return (SourceFile(name: name, bytes: Array(text.utf8)), nil)
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

  /// The `*.json` files of a directory, keyed by file name without `.json`.
  static func jsonFiles(inDirectory directory: String) throws(CatalogLoadError) -> [String: FileRef] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw CatalogLoadError(
        message: "cannot read the directory \(directory)",
        diagnostics: [
          Diagnostic(
            severity: .error, file: directory, line: 0, column: 0, kind: "io",
            message: "cannot read the directory")
        ])
    }
    var files: [String: FileRef] = [:]
    for name in names where name.hasSuffix(".json") {
      let id = String(name.dropLast(5))
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      files[id] = .path(path)
    }
    return files
  }
}
