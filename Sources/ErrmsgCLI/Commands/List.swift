import ArgumentParser
import ErrmsgKit
import ErrmsgLint
import ErrmsgModel

/// `errmsg list`: the catalogued codes, for browsing.
struct List: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the catalogued codes with their product, tier, category, retry advice and actor.",
    discussion: """
      Without --product, every curated code (texts written for end users); with --product P, \
      every code of product P: its curated codes, then the official codes the SDKs declare. \
      Without --catalog, the codes built into this errmsg; with --catalog DIR, the files of \
      DIR as they are now (for example right after errmsg import-codes).
      """
  )

  @Option(
    help: ArgumentHelp("Only this product's codes, curated and official (tke, cvm, common, …).", valueName: "product"))
  var product: String?

  @Option(help: "Only codes of this category (\(ErrorCategory.allCases.map(\.rawValue).joined(separator: ", "))).")
  var category: String?

  @Option(name: .customLong("catalog"), help: ArgumentHelp("Read the Catalog folder DIR instead.", valueName: "dir"))
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
      switch CodeListing.read(CatalogFolders(catalog: catalogDirectory, locales: nil), product: product) {
      case .success(let r): rows = r
      case .failure(let refusal):
        StandardStreams.err("errmsg: \(refusal)\n")
        throw ExitStatus.ioError
      }
    } else {
      let catalog = MessageCatalog.embedded
      let infos = product.map { catalog.allCodes(product: $0) } ?? catalog.codes
      if let product, infos.isEmpty {
        StandardStreams.err("errmsg: no codes for product \(product); see errmsg list for the curated products\n")
        throw ExitStatus.usage
      }
      rows = infos.map {
        CodeListing.Row(
          product: $0.product, code: $0.code.rawValue, tier: $0.tier.rawValue, category: $0.category,
          retry: $0.retry, actor: $0.actor, versions: $0.versions)
      }
    }
    if let category { rows = rows.filter { $0.category?.rawValue == category } }
    StandardStreams.out(format == .text ? CodeListing.text(rows) : CodeListing.json(rows))
  }
}
