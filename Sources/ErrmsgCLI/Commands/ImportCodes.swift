import ArgumentParser
import ErrmsgLint
import ErrmsgModel

/// `errmsg import-codes --sdk DIR --intl-en DIR`: the official SDKs' error codes into Catalog/official/.
struct ImportCodes: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import-codes",
    abstract: "Import every error code the official Tencent Cloud SDKs declare into Catalog/official/.",
    discussion: """
      Reads tencentcloud/<product>/<version>/errorcodes.py (Python SDK) or errors.go (Go SDK) \
      of the Chinese SDK (--sdk: an unpacked tencentcloud-sdk-python wheel, a site-packages \
      folder or a tencentcloud-sdk-go checkout) and of the international one (--intl-en: \
      tencentcloud-sdk-python-intl-en), and writes Catalog/official/<product>.json for every \
      product: the codes, the API versions that declare them, the descriptions verbatim and \
      their Traditional Chinese conversions (opencc s2twp / s2hk + Locales/glossary/). \
      Curated files (Catalog/<product>.json, Locales/) are never touched.

      Prints what changed per product (+ added, - removed, ~ changed). A code the SDKs no \
      longer declare is kept, marked "removed"; a second run changes nothing; a failed run \
      changes nothing at all. Needs the opencc command (apt-get install opencc): exit 74 \
      without it. Catalog/official/regenerate.sh downloads the pinned SDKs and runs this.
      """
  )

  @Option(help: ArgumentHelp("The Chinese SDK: an unpacked wheel, site-packages or Go checkout.", valueName: "dir"))
  var sdk: String

  @Option(
    name: .customLong("intl-en"),
    help: ArgumentHelp("The international (English) SDK, same shapes.", valueName: "dir"))
  var intlEn: String

  @Flag(help: "Show what would change without writing.")
  var dryRun = false

  @Flag(help: "One line per product, without the codes.")
  var summary = false

  @OptionGroup var folderOptions: FolderOptions

  func run() throws {
    let folders = folderOptions.folders
    let plan: OfficialImport.Plan
    switch OfficialImport.plan(
      chinese: sdk, english: intlEn, catalogDirectory: folders.catalogDirectory,
      localesDirectory: folders.localesDirectory)
    {
    case .success(let p): plan = p
    case .failure(let refusal):
      if let missing = refusal.diagnostics.first(where: { $0.kind == OpenCC.missingKind }) {
        StandardStreams.err("errmsg: \(missing.message) (\(missing.fix ?? "")); nothing changed\n")
        throw ExitStatus.ioError
      }
      StandardStreams.err("errmsg: the SDKs were not imported; nothing changed\n\(refusal)\n")
      throw refusal.diagnostics.contains { $0.kind == "io" || $0.kind == "opencc" }
        ? ExitStatus.ioError : ExitStatus.invalidInput
    }
    for w in plan.warnings { StandardStreams.err("\(w)\n") }
    var lines = OfficialImport.report(plan, verbose: !summary)
    if !dryRun, !plan.writes.isEmpty {
      if case .failure(let failure) = FileTransaction.commit(plan.writes, creating: [plan.directory]) {
        StandardStreams.err("errmsg: \(failure)\n")
        throw ExitStatus.ioError
      }
    }
    let read = plan.sources.map { "\($0.package) \($0.version)" }.joined(separator: " and ")
    let counts = "\(plan.productCount) products, \(plan.pairCount) (product, code) pairs, \(plan.codeCount) codes"
    lines.append(
      plan.writes.isEmpty
        ? "nothing to change: \(plan.directory) matches \(read) (\(counts))"
        : "\(dryRun ? "would write" : "wrote") \(plan.writes.count) file\(plan.writes.count == 1 ? "" : "s") in "
          + "\(plan.directory) from \(read) (\(counts))")
    let shown = [OfficialLanguage.zh, .en].map { language in
      let (declared, shown) = plan.descriptions[language] ?? (0, 0)
      return "\(language.rawValue) \(shown) of \(declared)"
    }
    lines.append("descriptions shown (the rest fall back to the family's text): " + shown.joined(separator: ", "))
    StandardStreams.out(lines.joined(separator: "\n") + "\n")
  }
}
