import ArgumentParser
import ErrmsgLint
import ErrmsgModel

/// `errmsg convert-locale --from zh-CN --to zh-HK [--product P]`: Traditional Chinese by conversion.
struct ConvertLocale: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert-locale",
    abstract: "Write a Traditional Chinese locale converted from the Simplified one (maintainers).",
    discussion: """
      Reads Locales/<from>/<product>.json and writes Locales/<to>/<product>.json with every \
      message, hint, detail and ui label converted: zh-TW by opencc s2twp, zh-HK and zh-MO by \
      opencc s2hk, each followed by the glossary Locales/glossary/zh-TW.json or zh-HK.json. \
      Only Chinese text changes (ICU syntax and ASCII stay byte for byte); the file says \
      "machineConverted": "<how>". A target file without that mark (a person's translation) is \
      not replaced unless --force. All files or none. Needs the opencc command \
      (apt-get install opencc): exit 74 without it.
      """
  )

  @Option(help: "The Simplified Chinese locale to convert from.")
  var from = "zh-CN"

  @Option(help: "The locale to write: zh-TW, zh-HK or zh-MO.")
  var to: String

  @Option(help: "Only this product (default: every product of --from).")
  var product: String?

  @Flag(help: "Replace a target file even when a person wrote it.")
  var force = false

  @Flag(help: "Show what would be written without writing.")
  var dryRun = false

  @OptionGroup var folderOptions: FolderOptions

  func run() throws {
    let folders = folderOptions.folders
    let plan: LocaleConversion.Plan
    switch LocaleConversion.plan(
      from: from, to: to, product: product, localesDirectory: folders.localesDirectory, force: force)
    {
    case .success(let p): plan = p
    case .failure(let refusal):
      if let missing = refusal.diagnostics.first(where: { $0.kind == OpenCC.missingKind }) {
        StandardStreams.err("errmsg: \(missing.message) (\(missing.fix ?? "")); nothing changed\n")
        throw ExitStatus.ioError
      }
      StandardStreams.err("errmsg: nothing converted; nothing changed\n\(refusal)\n")
      if refusal.diagnostics.contains(where: { $0.kind == "usage" }) { throw ExitStatus.usage }
      throw refusal.diagnostics.contains { $0.kind == "io" || $0.kind == "opencc" }
        ? ExitStatus.ioError : ExitStatus.invalidInput
    }
    if !dryRun, case .failure(let failure) = FileTransaction.commit(plan.writes, creating: [plan.directory]) {
      StandardStreams.err("errmsg: \(failure)\n")
      throw ExitStatus.ioError
    }
    let files = plan.writes.map(\.path).joined(separator: ", ")
    StandardStreams.out(
      "\(dryRun ? "would write" : "wrote") \(files) (\(plan.textCount) texts, \(plan.label))\n")
  }
}
