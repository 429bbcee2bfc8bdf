import ArgumentParser
import ErrmsgLint
import ErrmsgModel

/// `errmsg coverage`: how far each locale's translation has come.
struct CoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coverage",
    abstract: "Count translated, needs-review, new, missing and stale entries per locale and product.",
    discussion: """
      A code counts as translated when its entry's state is "translated"; "new" entries \
      exist but wait for a translator, "needs-review" ones wait for a reviewer, missing \
      codes have no entry, and stale entries name codes the catalog no longer has. A second \
      table counts, per product, the official descriptions fit to show in each language \
      (the others show their family's text).

      The folders default to Catalog/ and Locales/ of the current directory \
      ($ERRMSG_LOCALES, when set, for Locales/). Files that cannot be read are reported on \
      standard error and the exit status is 1.
      """
  )

  @Option(name: .shortAndLong, help: "Output: a text table or json.")
  var format: ReportFormat = .text

  @OptionGroup var folderOptions: FolderOptions

  @Option(help: ArgumentHelp("Only this product (tke, common, …).", valueName: "product"))
  var product: String?

  func run() throws {
    StandardStreams.ignoreSigpipe()
    let folders = folderOptions.folders
    let checked: CheckedCatalog
    switch folders.check(level: .build, product: product) {
    case .success(let c): checked = c
    case .failure(let problem):
      StandardStreams.err("errmsg: \(problem)\n")
      throw ExitStatus.ioError
    }
    let unreadable = checked.diagnostics.filter {
      $0.kind == "syntax" || checked.catalogs.isEmpty && $0.severity == .error
    }
    for d in unreadable { StandardStreams.err("errmsg: \(d)\n") }
    guard !checked.catalogs.isEmpty else { throw ExitStatus.lintErrors }
    var official: [OfficialCatalog] = []
    if case .success(let files) = folders.readOfficial() {
      for file in files where product == nil || file.name.hasSuffix("/\(product!).json") {
        if case .success(let d) = OfficialCatalog.read(file) { official.append(d) }
      }
    }
    let coverage = Coverage(checked, official: official)
    StandardStreams.out(format == .text ? coverage.text : coverage.json)
    if !unreadable.isEmpty { throw ExitStatus.lintErrors }
  }
}
