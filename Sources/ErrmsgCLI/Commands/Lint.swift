import ArgumentParser
import ErrmsgLint
import ErrmsgModel

/// `errmsg lint`: checks Catalog/ and Locales/ the way CI does, with every
/// finding at `file:line:column`.
struct Lint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check the Locales files (and the catalog) for problems; exit 1 on errors.",
    discussion: """
      Checks that every file parses, every catalog code has an entry and no entry names a \
      code the catalog lacks, every text compiles with ICU, placeholders match the source \
      locale and the catalog, plural and select cover the locale's categories and have \
      'other', texts are not empty or padded, and punctuation fits the locale. Texts still \
      new, marked needs-review or identical to the source are warnings.

      Each finding reads FILE:LINE:COLUMN: error|warning: [CODE] what is wrong — what to do.

      The folders default to Catalog/ and Locales/ of the current directory \
      ($ERRMSG_LOCALES, when set, for Locales/).

      EXIT STATUS: 0 no errors (warnings allowed), 1 errors found, 74 a folder or file \
      could not be read.
      """
  )

  @Option(name: .shortAndLong, help: "Output: text for people, json for tools.")
  var format: ReportFormat = .text

  @Flag(help: "Report errors only.")
  var quiet = false

  @OptionGroup var folderOptions: FolderOptions

  @Option(help: ArgumentHelp("Only this product's catalog and Locales files (tke, common, …).", valueName: "product"))
  var product: String?

  func run() throws {
    StandardStreams.ignoreSigpipe()
    let folders = folderOptions.folders
    let checked: CheckedCatalog
    switch folders.check(level: .lint, product: product) {
    case .success(let c): checked = c
    case .failure(let problem):
      StandardStreams.err("errmsg: \(problem)\n")
      throw ExitStatus.ioError
    }
    let report = LintReport(
      diagnostics: quiet ? checked.diagnostics.filter { $0.severity == .error } : checked.diagnostics)
    switch format {
    case .text:
      let scope =
        "\(checked.catalogs.count) catalog(s) in \(folders.catalogDirectory)/ and \(checked.locales.count) locale file(s) in \(folders.localesDirectory)/"
      StandardStreams.out(report.text + "\(scope): \(report.summary)\n")
    case .json:
      StandardStreams.out(report.json)
    }
    if report.errorCount > 0 { throw ExitStatus.lintErrors }
  }
}
