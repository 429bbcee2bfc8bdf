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
  /// The folder holding `<product>.json` catalogs and `official/`, as given (no trailing slash).
  package var catalogDirectory: String
  /// The folder holding `<locale>/<product>.json` files, as given (no trailing slash).
  package var localesDirectory: String

  /// Folders as given on the command line: `--locales DIR`, else the
  /// `ERRMSG_LOCALES` value, else `Locales`; `--catalog DIR`, else `Catalog`
  /// (both relative to the current directory).
  package init(catalog: String?, locales: String?, localesEnvironment: String? = nil) {
    let locales = [locales, localesEnvironment].compactMap { $0 }.first { !$0.isEmpty }
    self.catalogDirectory = Self.trimmed(catalog.flatMap { $0.isEmpty ? nil : $0 } ?? "Catalog")
    self.localesDirectory = Self.trimmed(locales ?? "Locales")
  }

  /// A product's curated catalog: `Catalog/<product>.json`.
  package func catalogPath(_ product: String) -> String { join(catalogDirectory, product + ".json") }

  /// The file of a product's texts in a locale: `Locales/<locale>/<product>.json`.
  package func localePath(_ locale: String, product: String) -> String {
    join(join(localesDirectory, locale), product + ".json")
  }

  /// Reads the curated catalogs (`Catalog/<product>.json`), sorted by product; one product's when given.
  package func readCatalogs(product: String? = nil) -> Result<[SourceFile], FileProblem> {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: catalogDirectory).sorted()
    } catch {
      return .failure(
        FileProblem(catalogDirectory, "cannot read the folder", fix: "give the Catalog folder with --catalog DIR"))
    }
    var out: [SourceFile] = []
    for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let p = String(name.dropLast(5))
      guard ProductName.isValid(p), product == nil || p == product else { continue }
      switch Self.read(join(catalogDirectory, name)) {
      case .success(let file): out.append(file)
      case .failure(let problem): return .failure(problem)
      }
    }
    if out.isEmpty {
      return .failure(
        FileProblem(
          product.map(catalogPath) ?? catalogDirectory,
          product.map { "no catalog for product \($0)" } ?? "no Catalog/<product>.json files",
          fix: "give the Catalog folder with --catalog DIR"))
    }
    return .success(out)
  }

  /// Reads the official tier (`Catalog/official/<product>.json`), sorted by product; none is fine.
  package func readOfficial() -> Result<[SourceFile], FileProblem> {
    let folder = join(catalogDirectory, "official")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return .success([]) }
    var out: [SourceFile] = []
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      switch Self.read(join(folder, name)) {
      case .success(let file): out.append(file)
      case .failure(let problem): return .failure(problem)
      }
    }
    return .success(out)
  }

  /// Reads the locale files: `<locale>/<product>.json` (and whole-locale `<locale>.json`
  /// files of older preview folders, product nil), sorted; one product's when given.
  /// Folders that aren't locales (`glossary`) are skipped.
  package func readLocales(product: String? = nil) -> Result<
    [(locale: String, product: String?, file: SourceFile)], FileProblem
  > {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: localesDirectory)
    } catch {
      return .failure(
        FileProblem(localesDirectory, "cannot read the folder", fix: "give the Locales folder with --locales DIR"))
    }
    var out: [(String, String?, SourceFile)] = []
    for name in names.sorted() where !name.hasPrefix(".") && !isUndecodable(name) {
      let path = join(localesDirectory, name)
      if name.hasSuffix(".json") {
        switch Self.read(path) {
        case .success(let file): out.append((String(name.dropLast(5)), nil, file))
        case .failure(let problem): return .failure(problem)
        }
        continue
      }
      guard LocaleFolder.isLocaleName(name),
        let inner = try? FileManager.default.contentsOfDirectory(atPath: path)
      else { continue }
      for file in inner.sorted()
      where file.hasSuffix(".json") && !file.hasPrefix(".") && !file.unicodeScalars.contains("\u{FFFD}") {
        let p = String(file.dropLast(5))
        guard product == nil || p == product else { continue }
        switch Self.read(join(path, file)) {
        case .success(let f): out.append((name, p, f))
        case .failure(let problem): return .failure(problem)
        }
      }
    }
    return .success(out)
  }

  /// Reads and checks the catalogs and every locale file (one product's when given).
  package func check(level: CatalogChecker.Level, product: String? = nil) -> Result<CheckedCatalog, FileProblem> {
    let catalogs: [SourceFile]
    let locales: [(locale: String, product: String?, file: SourceFile)]
    switch readCatalogs(product: product) {
    case .success(let files): catalogs = files
    case .failure(let problem): return .failure(problem)
    }
    switch readLocales(product: product) {
    case .success(let files): locales = files
    case .failure(let problem): return .failure(problem)
    }
    var checked = CatalogChecker.check(catalogs: catalogs, locales: locales, level: level)
    checked.diagnostics += undecodableLocaleFiles()
    return .success(checked)
  }

  /// A name the folder listing could only decode with U+FFFD (it is not
  /// UTF-8), so no file of that name can be opened: skipped, with a warning.
  private func isUndecodable(_ name: String, in folder: String? = nil) -> Bool {
    name.unicodeScalars.contains("\u{FFFD}") && !Self.exists(join(folder ?? localesDirectory, name))
  }

  /// A warning for each file or folder of the Locales folder, or file of a
  /// locale's folder, whose name is not UTF-8.
  private func undecodableLocaleFiles() -> [Diagnostic] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: localesDirectory).sorted()) ?? []
    let inner = names.filter { LocaleFolder.isLocaleName($0) }.flatMap { locale in
      let folder = join(localesDirectory, locale)
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder).sorted()) ?? []
      return files.filter { $0.hasSuffix(".json") && isUndecodable($0, in: folder) }.map { join(folder, $0) }
    }
    return (names.filter { isUndecodable($0) }.map { join(localesDirectory, $0) } + inner).map {
      Diagnostic(
        severity: .warning, file: $0, line: 0, column: 0, kind: "io",
        message: "the name is not valid UTF-8; it was skipped",
        fix: "rename it to a locale such as ja (a folder) or a product such as tke.json")
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
      if let slash = path.lastIndex(of: "/") {
        let folder = String(path[..<slash])
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
          try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
      }
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
