import ArgumentParser
import ErrmsgKit
import ErrmsgLint
import ErrmsgModel

/// `errmsg list`: the catalogued codes, for browsing.
struct List: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the catalogued codes with their category, retry advice, actor and origins.",
    discussion: """
      Without --catalog, the codes built into this errmsg; with --catalog DIR, the codes of \
      DIR/codes.json as it is now (for example right after editing it).
      """
  )

  @Option(help: "Only codes of this category (\(ErrorCategory.allCases.map(\.rawValue).joined(separator: ", "))).")
  var category: String?

  @Option(name: .customLong("catalog"), help: ArgumentHelp("Read DIR/codes.json instead.", valueName: "dir"))
  var catalogDirectory: String?

  @Option(name: .shortAndLong, help: "Output: text for people, json for programs.")
  var format: ReportFormat = .text

  func validate() throws {
    if let category, ErrorCategory(rawValue: category) == nil {
      throw ValidationError(
        "unknown category '\(category)'; use one of \(ErrorCategory.allCases.map(\.rawValue).joined(separator: ", "))")
    }
  }

  func run() throws {
    StandardStreams.ignoreSigpipe()
    var rows: [CodeListing.Row]
    if let catalogDirectory {
      switch CodeListing.read(CatalogFolders(catalog: catalogDirectory, locales: nil)) {
      case .success(let r): rows = r
      case .failure(let refusal):
        StandardStreams.err("errmsg: \(refusal)\n")
        throw ExitStatus.ioError
      }
    } else {
      rows = MessageCatalog.embedded.codes.map {
        CodeListing.Row(
          code: $0.code.rawValue, category: $0.category, retry: $0.retry, actor: $0.actor,
          origins: $0.origins.sorted { ($0.key == "common" ? "" : $0.key) < ($1.key == "common" ? "" : $1.key) }
            .map { (origin: $0.key, description: $0.value) })
      }
    }
    if let category { rows = rows.filter { $0.category.rawValue == category } }
    StandardStreams.out(format == .text ? CodeListing.text(rows) : CodeListing.json(rows))
  }
}
