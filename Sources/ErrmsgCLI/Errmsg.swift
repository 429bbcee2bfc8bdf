import ArgumentParser

/// `errmsg`: Tencent Cloud API errors explained in the user's language.
@main
struct Errmsg: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "errmsg",
    abstract: "Explain Tencent Cloud API errors in plain words, in the user's language.",
    discussion: """
      Reads an error response (or the error text a Tencent Cloud SDK prints) and prints what \
      happened and what to do next. Example:

        errmsg --locale zh-CN < response.json

      \(DefaultCommandHelp.textWhenAsked)

      \(ExitStatus.helpText)
      """,
    version: "0.1.0",
    subcommands: [
      Localize.self, Serve.self, Lint.self, CoverageCommand.self, Show.self, List.self, FormatCommand.self, Export.self,
      Import.self, ImportCodes.self, ConvertLocale.self,
    ],
    defaultSubcommand: Localize.self
  )

  /// Runs the plainest one-shot command lines directly (``OneShotCommandLine``),
  /// everything else through ArgumentParser.
  static func main() {
    let names = Set(configuration.subcommands.map { $0._commandName } + ["help"])
    guard let plain = OneShotCommandLine(CommandLine.arguments.dropFirst(), subcommands: names) else {
      return main(nil as [String]?)
    }
    do {
      try plain.oneShot.run()
    } catch {
      exit(withError: error)
    }
  }
}

/// The default command's arguments and options, shown in `errmsg --help` (which
/// otherwise lists only the subcommands), taken from `localize`'s own help.
enum DefaultCommandHelp {
  /// The text when the command line asks for help, else empty: building it walks
  /// `localize`'s whole argument tree, a third of a one-shot run's start-up.
  static var textWhenAsked: String {
    let asked = CommandLine.arguments.dropFirst().contains { $0 == "--help" || $0 == "-h" || $0 == "help" }
    return asked ? text : ""
  }

  static var text: String {
    let help = Localize.helpMessage(columns: 78)
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    var out = [
      "DEFAULT COMMAND (localize):",
      "  errmsg [--locale <locale>] [--product <product>] [--format <format>] [--locales <dir>] [<file>]", "",
    ]
    var keep = false
    for line in lines {
      if line.hasPrefix("ARGUMENTS:") || line.hasPrefix("OPTIONS:") {
        keep = true
      } else if !line.isEmpty, !line.hasPrefix(" ") {
        keep = false
      }
      if keep, !line.contains("--help"), !line.contains("Show help information") { out.append(String(line)) }
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out.joined(separator: "\n")
  }
}
