import ArgumentParser
import ErrmsgLint

/// `errmsg export --xliff`: a source and a target locale as XLIFF 2.0 for translation tools.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write one product's texts of a locale pair as an XLIFF 2.0 file for translation tools.",
    discussion: """
      One <file id="PRODUCT"> (the product's Locales file), one <unit id="CODE"> per catalog code, a <segment> per text (message, hint, detail) with \
      the source text and, where the target has it, the translation; the source's note and \
      the code's arguments are <notes>. The ui labels and the unknown-code message travel as \
      units :ui.<label> and :unknown (with --product common). States: new → initial, needs-review → translated, \
      translated → final (and reviewed or final read back as translated).

        errmsg export --xliff --product tke --target ja --output ja-tke.xlf
        errmsg import ja-tke.xlf
      """
  )

  @Flag(help: "Write XLIFF 2.0 (the only format, required).")
  var xliff = false

  @Option(help: "The locale translated from (default: the catalog's source locale).")
  var source: String?

  @Option(help: "The locale translated into; its file may not exist yet.")
  var target: String

  @Option(
    help: ArgumentHelp("The product whose texts to export (common, tke, …): one Locales file.", valueName: "product"))
  var product: String

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file"))
  var output: String?

  func validate() throws {
    guard xliff else { throw ValidationError("give --xliff (XLIFF 2.0 is the only export format)") }
  }

  @OptionGroup var folderOptions: FolderOptions

  func run() throws {
    StandardStreams.ignoreSigpipe()
    let folders = folderOptions.folders
    let text: String
    switch TranslationExchange.export(
      from: folders, product: product, source: source ?? "en-US", target: target)
    {
    case .success(let t): text = t
    case .failure(let refusal):
      StandardStreams.err("errmsg: nothing exported\n\(refusal)\n")
      throw ExitStatus.invalidInput
    }
    guard let output else {
      StandardStreams.out(text)
      return
    }
    if let problem = CatalogFolders.save(Array(text.utf8), to: output) {
      StandardStreams.err("errmsg: \(problem)\n")
      throw ExitStatus.ioError
    }
    StandardStreams.err("errmsg: wrote \(output)\n")
  }
}
