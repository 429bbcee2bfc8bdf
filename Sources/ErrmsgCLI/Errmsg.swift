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
      """,
    version: "0.1.0",
    subcommands: [
      Localize.self, Serve.self, Lint.self, CoverageCommand.self, Show.self, List.self, FormatCommand.self, Export.self,
      Import.self, ImportCodes.self, ConvertLocale.self,
    ],
    defaultSubcommand: Localize.self
  )
}
