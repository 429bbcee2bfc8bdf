package import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads and writes the files of a `Catalog/` and a `Locales/` folder for the
/// translator and maintainer commands.
///
/// Diagnostics name files the way they were reached (`Locales/zh-CN.json`
/// when the folder is given as `Locales`), so they link from a terminal.
package struct CatalogFolders: Sendable {
  /// The folder holding `codes.json`, as given (no trailing slash).
  package var catalogDirectory: String
  /// The folder holding `<locale>.json` files, as given (no trailing slash).
  package var localesDirectory: String

  /// Folders as given on the command line: `--locales DIR`, else the
  /// `ERRMSG_LOCALES` value, else `Locales`; `--catalog DIR`, else `Catalog`
  /// (both relative to the current directory).
  package init(catalog: String?, locales: String?, localesEnvironment: String? = nil) {
    let locales = [locales, localesEnvironment].compactMap { $0 }.first { !$0.isEmpty }
    self.catalogDirectory = Self.trimmed(catalog.flatMap { $0.isEmpty ? nil : $0 } ?? "Catalog")
    self.localesDirectory = Self.trimmed(locales ?? "Locales")
  }

  /// `codes.json`'s path.
  package var catalogPath: String { join(catalogDirectory, "codes.json") }

  /// The path of a locale's file.
  package func localePath(_ locale: String) -> String { join(localesDirectory, locale + ".json") }

  /// Reads `codes.json`.
  package func readCatalog() -> Result<SourceFile, FileProblem> {
    Self.read(catalogPath)
  }

  /// Reads every `*.json` of the Locales folder, sorted by locale.
  package func readLocales() -> Result<[(locale: String, file: SourceFile)], FileProblem> {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: localesDirectory)
    } catch {
      return .failure(
        FileProblem(localesDirectory, "cannot read the folder", fix: "give the Locales folder with --locales DIR"))
    }
    var out: [(String, SourceFile)] = []
    for name in names.sorted()
    where name.hasSuffix(".json") && !name.hasPrefix(".") && !isUndecodable(name) {
      switch Self.read(join(localesDirectory, name)) {
      case .success(let file): out.append((String(name.dropLast(5)), file))
      case .failure(let problem): return .failure(problem)
      }
    }
    return .success(out)
  }

  /// Reads and checks the catalog and every locale file.
  package func check(level: CatalogChecker.Level) -> Result<CheckedCatalog, FileProblem> {
    let catalog: SourceFile
    let locales: [(locale: String, file: SourceFile)]
    switch readCatalog() {
    case .success(let file): catalog = file
    case .failure(let problem): return .failure(problem)
    }
    switch readLocales() {
    case .success(let files): locales = files
    case .failure(let problem): return .failure(problem)
    }
    var checked = CatalogChecker.check(catalog: catalog, locales: locales, level: level)
    checked.diagnostics += undecodableLocaleFiles()
    return .success(checked)
  }

  /// A name the folder listing could only decode with U+FFFD (it is not
  /// UTF-8), so no file of that name can be opened: skipped, with a warning.
  private func isUndecodable(_ name: String) -> Bool {
    name.unicodeScalars.contains("\u{FFFD}") && !Self.exists(join(localesDirectory, name))
  }

  /// A warning for each `*.json` of the Locales folder whose name is not UTF-8.
  private func undecodableLocaleFiles() -> [Diagnostic] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: localesDirectory)) ?? []
    return names.sorted().filter { $0.hasSuffix(".json") && isUndecodable($0) }.map {
      Diagnostic(
        severity: .warning, file: join(localesDirectory, $0), line: 0, column: 0, kind: "io",
        message: "the file name is not valid UTF-8; the file was skipped",
        fix: "rename it to <locale>.json, for example ja.json")
    }
  }

  /// Reads a file; a diagnostic when it cannot be read.
  package static func read(_ path: String) -> Result<SourceFile, FileProblem> {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      return .failure(FileProblem(path, exists ? "cannot read the file" : "no such file"))
    }
    return .success(SourceFile(name: path, bytes: [UInt8](data)))
  }

  /// Whether a file exists.
  package static func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
  }

  /// Replaces a file's contents atomically (written beside it, then renamed
  /// over it), so a reader never sees half a file.
  package static func save(_ bytes: [UInt8], to path: String) -> FileProblem? {
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
      return nil
    } catch {
      return FileProblem(path, "cannot write the file (\(error))")
    }
  }

  private func join(_ directory: String, _ name: String) -> String {
    directory.isEmpty ? name : directory + "/" + name
  }

  private static func trimmed(_ path: String) -> String {
    var p = path
    while p.count > 1, p.hasSuffix("/") { p.removeLast() }
    return p
  }
}

/// A file or folder that could not be read or written.
package struct FileProblem: Error, Sendable, CustomStringConvertible {
  /// The problem, as a diagnostic about the whole file.
  package var diagnostic: Diagnostic

  package init(_ path: String, _ message: String, fix: String? = nil) {
    diagnostic = Diagnostic(severity: .error, file: path, line: 0, column: 0, kind: "io", message: message, fix: fix)
  }

  /// `path: error: message`.
  package var description: String { diagnostic.description }
}
