import ArgumentParser
import ErrmsgLint
import ErrmsgModel

/// `errmsg import-codes PAGE.md`: a product's error-code page into the catalog.
struct ImportCodes: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import-codes",
    abstract: "Add the codes of a Tencent Cloud error-code page (Markdown) to the catalog.",
    discussion: """
      Reads the page's tables (| 错误码 | 说明 |): codes under 公共错误码 have the origin \
      'common', codes under 业务错误码 the product's origin: --origin NAME, else an \
      <!-- origin: NAME --> line in the page, else the file name (cvm-error-codes.md → cvm), \
      else the one product the catalog already lists for all of them.

      New codes go into codes.json in code order with the description kept verbatim, \
      "retry": "unknown" and a guessed category and actor to review; every Locales file \
      gets a generic entry that shows the code, marked "state": "new" (errmsg lint lists \
      them). Existing codes only gain a missing origin. Running it twice changes nothing.
      """
  )

  @Argument(help: "The error-code page, in Markdown.")
  var page: String

  @Option(help: "The product the page's business codes belong to (tke, cvm, …).")
  var origin: String?

  @Flag(help: "Show what would change without writing.")
  var dryRun = false

  @OptionGroup var folderOptions: FolderOptions

  func run() throws {
    let folders = folderOptions.folders
    let plan: CodeImporter.Plan
    switch CodeImporter.plan(page: page, into: folders, origin: origin) {
    case .success(let p): plan = p
    case .failure(let refusal):
      StandardStreams.err("errmsg: \(page) was not imported; nothing changed\n\(refusal)\n")
      throw refusal.diagnostics.contains { $0.kind == "origin" } ? ExitStatus.usage : ExitStatus.invalidInput
    }
    for w in plan.warnings { StandardStreams.err("\(w)\n") }
    var lines: [String] = []
    for code in plan.addedCodes { lines.append("added \(code)") }
    for (code, origin) in plan.addedOrigins { lines.append("added origin \(origin) to \(code)") }
    if !dryRun {
      for (path, bytes) in plan.writes {
        if let problem = CatalogFolders.save(bytes, to: path) {
          StandardStreams.err("errmsg: \(problem)\n")
          throw ExitStatus.ioError
        }
      }
    }
    let files = plan.writes.map(\.path).joined(separator: ", ")
    lines.append(
      plan.writes.isEmpty
        ? "nothing to change: every code of the page is in the catalog"
        : "\(dryRun ? "would write" : "wrote") \(files) (\(plan.addedCodes.count) new code\(plan.addedCodes.count == 1 ? "" : "s"))"
    )
    StandardStreams.out(lines.joined(separator: "\n") + "\n")
  }
}
