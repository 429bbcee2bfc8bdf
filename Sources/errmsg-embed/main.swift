// errmsg-embed: checks Catalog/ and Locales/ and compiles them into Swift.
//
// Run by the EmbedCatalog build-tool plugin:
//   errmsg-embed --catalog DIR --locales DIR --output FILE.swift
// Problems print as `file:line:column: error: …` (the form SwiftPM and editors
// link), and any error fails the build.
//
// The curated catalogs and locale files are embedded as their JSON text, each
// with a ``MemberIndex`` (where every entry stands), so a lookup parses only
// the entries it touches; the official tier and the code index as sorted
// tables searched in place (``CatalogTables``). A program that starts decodes
// nothing.
import ErrmsgLint
import ErrmsgModel
import Foundation

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("errmsg-embed: error: \(message)\n".utf8))
  exit(1)
}

var options: [String: String] = [:]
var args = CommandLine.arguments.dropFirst()
while let flag = args.popFirst() {
  guard flag.hasPrefix("--"), let value = args.popFirst() else {
    fail("usage: errmsg-embed --catalog DIR --locales DIR --output FILE")
  }
  options[String(flag.dropFirst(2))] = value
}
guard let catalogDir = options["catalog"], let localesDir = options["locales"], let output = options["output"] else {
  fail("usage: errmsg-embed --catalog DIR --locales DIR --output FILE")
}

let folders = CatalogFolders(catalog: catalogDir, locales: localesDir)
let catalogFiles: [SourceFile]
let localeFiles: [(locale: String, product: String?, file: SourceFile)]
let officialFiles: [SourceFile]
switch (folders.readCatalogs(), folders.readLocales(), folders.readOfficial()) {
case (.success(let c), .success(let l), .success(let o)):
  (catalogFiles, localeFiles, officialFiles) = (c, l, o)
case (.failure(let p), _, _), (_, .failure(let p), _), (_, _, .failure(let p)):
  fail(p.description)
}

let checked = CatalogChecker.check(catalogs: catalogFiles, locales: localeFiles, level: .build)
var problems = checked.diagnostics
var official: [OfficialCatalog] = []
for file in officialFiles {
  switch OfficialCatalog.read(file) {
  case .success(let document): official.append(document)
  case .failure(let problem): problems.append(problem.diagnostic)
  }
}
for d in problems {
  FileHandle.standardError.write(Data((d.description + "\n").utf8))
}
if problems.contains(where: { $0.severity == .error }) {
  let count = problems.filter { $0.severity == .error }.count
  fail("\(count) error(s) in Catalog/ or Locales/; the texts were not embedded")
}
if let whole = localeFiles.first(where: { $0.product == nil }) {
  fail("\(whole.file.name): the embedded Locales hold <locale>/<product>.json files only")
}

// An embedded file is read an entry at a time at run time, with no checks of the
// file as a whole: anything its readers would report (an unknown member, a
// value of the wrong type, a file naming another locale or product) fails the build.
var unread: [Diagnostic] = []
for file in catalogFiles { unread += CatalogDocument.read(file).1 }
for l in checked.locales {
  let (document, found) = LocaleDocument.read(l.file)
  unread += found
  if let document, document.locale != l.locale || (document.product.map { $0 != l.product } ?? false) {
    unread.append(
      l.file.diagnostic(
        .error, at: document.localeOffset, kind: "file-name",
        "the file names locale \"\(document.locale)\" and product \"\(document.product ?? "")\" but is \(l.locale)/\(l.product ?? "").json"
      ))
  }
}
if !unread.isEmpty {
  for var d in unread {
    d.severity = .error
    FileHandle.standardError.write(Data((d.description + "\n").utf8))
  }
  fail(
    "\(unread.count) problem(s) in Catalog/ or Locales/ that an embedded file must not have (it is read an entry at a time, unchecked); the texts were not embedded"
  )
}
let tables = CatalogTables(curated: checked.catalogs, official: official)

/// A Swift string literal holding `text` exactly.
func literal(_ text: String) -> String {
  var out = "\""
  out.reserveCapacity(text.utf8.count + 16)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": out += "\\\\"
    case "\"": out += "\\\""
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F {
        out += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  return out + "\""
}

func text(_ file: SourceFile) -> String { String(decoding: file.bytes, as: UTF8.self) }

/// The member index of a checked file, as two Swift literals (`members:` and `memberStarts:`).
func members(_ file: SourceFile, entries: String) -> String {
  guard let root = try? JSONParser.parse(file.bytes),
    let index = try? MemberIndex(document: root, bytes: file.bytes, entriesKey: entries)
  else { fail("\(file.name): cannot be parsed again") }
  return "members: \(literal(index.lines.text)), memberStarts: \(literal(index.lines.starts))"
}

/// The name a file is shown under in diagnostics: relative to the package.
func shownName(_ file: SourceFile, under directory: String, as prefix: String) -> String {
  let dir = directory.hasSuffix("/") ? directory : directory + "/"
  return file.name.hasPrefix(dir) ? prefix + file.name.dropFirst(dir.count) : file.name
}

var swift = """
  // Generated by errmsg-embed from Catalog/ and Locales/ at build time.
  // Do not edit: edit those files; the next build regenerates this one.

  enum EmbeddedCatalog {
    static let sourceLocale = \(literal(checked.sourceLocale))

    /// Each curated catalog: its text and where its entries stand (``MemberIndex``).
    static let catalogs: [(product: String, name: String, text: String, members: String, memberStarts: String)] = [

  """
for file in catalogFiles {
  let product = String(file.name.split(separator: "/").last!.dropLast(5))
  swift +=
    "    (product: \(literal(product)), name: \(literal(shownName(file, under: catalogDir, as: "Catalog/"))), text: \(literal(text(file))), \(members(file, entries: "codes"))),\n"
}
swift += "  ]\n\n  /// Each locale file: its text and where its entries stand.\n"
swift +=
  "  static let locales: [(locale: String, product: String, name: String, text: String, members: String, memberStarts: String)] = [\n"
for l in checked.locales {
  swift +=
    "    (locale: \(literal(l.locale)), product: \(literal(l.product ?? "")), name: \(literal(shownName(l.file, under: localesDir, as: "Locales/"))), text: \(literal(text(l.file))), \(members(l.file, entries: "messages"))),\n"
}
swift += "  ]\n\n"
swift += "  /// The official tier: `product ⇥ code ⇥ versions ⇥ removed ⇥ zh ⇥ en ⇥ zh-TW ⇥ zh-HK`, sorted.\n"
swift += "  static let official = \(literal(tables.official.text))\n\n"
swift += "  /// Where each line of `official` starts (``SortedLines/starts``).\n"
swift += "  static let officialStarts = \(literal(tables.official.starts))\n\n"
swift += "  /// Every code of every tier: `code ⇥ products ⇥ agree`, sorted.\n"
swift += "  static let index = \(literal(tables.index.text))\n\n"
swift += "  /// Where each line of `index` starts.\n"
swift += "  static let indexStarts = \(literal(tables.index.starts))\n}\n"

if let existing = FileManager.default.contents(atPath: output), existing == Data(swift.utf8) {
  exit(0)
}
do {
  try Data(swift.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
  fail("cannot write \(output): \(error)")
}
