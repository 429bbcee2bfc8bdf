import ErrmsgLint
import ErrmsgModel
import Foundation
import Testing

/// A temporary copy of the shipped `Catalog/` and `Locales/`, for breaking on purpose.
struct LintFixture {
  /// The package root (three levels above this file).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The shipped folders.
  static var shipped: CatalogFolders {
    CatalogFolders(
      catalog: packageRoot.appendingPathComponent("Catalog").path,
      locales: packageRoot.appendingPathComponent("Locales").path)
  }

  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("errmsg-lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for sub in ["Catalog", "Locales"] {
      try FileManager.default.copyItem(
        at: Self.packageRoot.appendingPathComponent(sub), to: root.appendingPathComponent(sub))
    }
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  var folders: CatalogFolders {
    CatalogFolders(
      catalog: root.appendingPathComponent("Catalog").path, locales: root.appendingPathComponent("Locales").path)
  }

  func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
  func path(_ relative: String) -> String { url(relative).path }

  func read(_ relative: String) throws -> String { try String(contentsOf: url(relative), encoding: .utf8) }
  func bytes(_ relative: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(relative))) }

  func write(_ relative: String, _ text: String) throws {
    try Data(text.utf8).write(to: url(relative))
  }

  /// Replaces the first `old` after `anchor` (or anywhere) and returns the 1-based line where `new` now starts.
  @discardableResult
  func replace(_ old: String, with new: String, after anchor: String? = nil, in relative: String) throws -> Int {
    var text = try read(relative)
    var start = text.startIndex
    if let anchor {
      start = try #require(text.range(of: anchor), "anchor \(anchor) not in \(relative)").upperBound
    }
    let range = try #require(text.range(of: old, range: start..<text.endIndex), "\(old) not in \(relative)")
    text.replaceSubrange(range, with: new)
    try write(relative, text)
    return text[..<range.lowerBound].count { $0 == "\n" } + 1
  }

  /// The 1-based line of the first line containing `needle`.
  func line(of needle: String, in relative: String) throws -> Int {
    let lines = try read(relative).components(separatedBy: "\n")
    return try #require(lines.firstIndex { $0.contains(needle) }, "\(needle) not in \(relative)") + 1
  }

  /// Lint-level findings.
  func lint() throws -> CheckedCatalog {
    switch folders.check(level: .lint) {
    case .success(let c): return c
    case .failure(let p): throw p
    }
  }
}

extension CheckedCatalog {
  var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
