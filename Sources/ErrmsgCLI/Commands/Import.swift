import ArgumentParser
import ErrmsgLint

/// `errmsg import FILE.xlf`: a translated XLIFF 2.0 file into Locales/<target>/<product>.json.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Create or update Locales/<target>/<product>.json from a translated XLIFF 2.0 file.",
    discussion: """
      Sets each text that has a <target>, the entry's state from the segments' states \
      (initial → new, translated → needs-review, reviewed or final → translated) and a \
      'translator' note as the entry's note; everything else in the file stays. A \
      translation of a source text that changed since the export comes in as needs-review.

      Refused, with nothing written, when the file is not well-formed XLIFF 2.0, its \
      srcLang is not the catalog's source locale, its trgLang is not a locale (or not \
      --target, or shadows the source or a pseudo-locale: en, en-Latn-US, en-XA, ar-XB), \
      its <file id> is not a product of the catalog, a unit names a code the product lacks, \
      or a text would not compile.
      """
  )

  @Argument(help: "The XLIFF 2.0 file.")
  var file: String

  @Option(help: "Refuse the file unless it translates into this locale.")
  var target: String?

  @Option(help: ArgumentHelp("Refuse the file unless it holds this product's texts.", valueName: "product"))
  var product: String?

  @OptionGroup var folderOptions: FolderOptions

  func run() throws {
    let folders = folderOptions.folders
    let result: TranslationExchange.Import
    switch TranslationExchange.importXLIFF(file, into: folders, expectedTarget: target, expectedProduct: product) {
    case .success(let r): result = r
    case .failure(let refusal):
      StandardStreams.err("errmsg: \(file) was not imported; nothing changed\n\(refusal)\n")
      throw ExitStatus.invalidInput
    }
    for w in result.warnings { StandardStreams.err("\(w)\n") }
    guard result.changesFile else {
      StandardStreams.out("\(result.path): unchanged\n")
      return
    }
    if let problem = CatalogFolders.save(result.bytes, to: result.path) {
      StandardStreams.err("errmsg: \(problem)\n")
      throw ExitStatus.ioError
    }
    StandardStreams.out(
      "\(result.path): \(result.createsFile ? "created" : "updated"), \(result.added) entr\(result.added == 1 ? "y" : "ies") added, \(result.changed) changed\n"
    )
  }
}
