import ArgumentParser
import ErrmsgLint

/// `--catalog DIR` and `--locales DIR`: the folders the translator and
/// maintainer tools read and write (default `Catalog/` and `$ERRMSG_LOCALES`,
/// else `Locales/`, of the current directory).
struct FolderOptions: ParsableArguments {
  @Option(
    name: .customLong("catalog"),
    help: ArgumentHelp("The folder with codes.json (default: Catalog).", valueName: "dir"))
  var catalogDirectory: String?

  @Option(
    name: .customLong("locales"),
    help: ArgumentHelp("The Locales folder (default: $ERRMSG_LOCALES, else Locales).", valueName: "dir"))
  var localesDirectory: String?

  /// The folders, with the environment applied.
  var folders: CatalogFolders {
    CatalogFolders(
      catalog: catalogDirectory, locales: localesDirectory,
      localesEnvironment: StandardStreams.environment("ERRMSG_LOCALES"))
  }
}

/// `--format text|json` for commands whose output is a report.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
