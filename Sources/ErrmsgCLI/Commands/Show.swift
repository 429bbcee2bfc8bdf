import ArgumentParser
import ErrmsgKit
import ErrmsgLint
import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `errmsg show`: preview one entry through ICU, with sample arguments, without rebuilding.
struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Preview a code's message, hint and detail in a locale.",
    discussion: """
      Renders the entry the way an app would, with --locales DIR (or $ERRMSG_LOCALES) over the \
      built-in texts, so an edit shows at once. Arguments the code declares and --arg does not \
      give get the catalog's sample values (or made-up ones). Values are typed by the catalog: --arg limit=5 is a number for \
      an int argument; a date takes milliseconds since 1970.

        errmsg show InternalError.QuotaMaxClsLimit --locale zh-CN --arg current=3 --arg limit=5
        errmsg show AuthFailure.SignatureExpire --locale en-XA
        errmsg show FailedOperation.ClusterNotFound --product tke --locale zh-TW
      """
  )

  @Argument(help: "The error code, e.g. AuthFailure.SignatureExpire.")
  var code: String

  @Option(
    name: .shortAndLong,
    help: "Locale (default: LC_ALL, LC_MESSAGES, LANG, else en-US); en-XA and ar-XB are pseudo-locales.")
  var locale: String?

  @OptionGroup var productOption: ProductOption

  @OptionGroup var catalogOptions: CatalogOptions

  @Option(
    name: .customLong("catalog"),
    help: ArgumentHelp(
      "A Catalog folder that replaces the built-in catalog (for codes just imported or edited).", valueName: "dir"))
  var catalogDirectory: String?

  @Option(
    name: .customLong("arg"), parsing: .singleValue, help: ArgumentHelp("An argument value.", valueName: "name=value"))
  var arguments: [String] = []

  @Option(name: .shortAndLong, help: "Output: text for people, json (the same object as errmsg --format json).")
  var format: ReportFormat = .text

  func run() throws {
    StandardStreams.ignoreSigpipe()
    let catalog = self.catalog()
    let locale = LocaleChoice.resolve(self.locale)
    let product = productOption.product
    let info = catalog.info(for: ErrorCode(code), product: product)
    // An unlisted sub-code renders with its family's entry, and so takes that entry's arguments.
    let declared = catalog.declaredArguments(code: code, product: product)
    let samples = catalog.sampleArguments(code: code, product: product)

    var given: [String: PatternTrial.Argument] = [:]
    do throws(PatternTrial.Problem) {
      for text in arguments {
        guard let equals = text.firstIndex(of: "=") else {
          throw PatternTrial.Problem("--arg \(text): write name=value")
        }
        let name = String(text[..<equals])
        guard let declaration = declared.first(where: { $0.name == name }) else {
          let known = declared.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", ")
          throw PatternTrial.Problem(
            "\(code) has no argument '\(name)'" + (known.isEmpty ? "" : "; it takes \(known)"))
        }
        given[name] = try PatternTrial.Argument(
          name: name, type: declaration.type, text: String(text[text.index(after: equals)...]))
      }
    } catch {
      StandardStreams.err("errmsg: \(error.message)\n")
      throw ExitStatus.usage
    }

    var values: [String: MessageArgument] = [:]
    var used: [String] = []
    for (index, declaration) in declared.enumerated() {
      let sample = given[declaration.name] == nil
      let argument =
        given[declaration.name]
        ?? samples[declaration.name].flatMap {
          try? PatternTrial.Argument(name: declaration.name, type: declaration.type, text: $0)
        } ?? Self.sample(for: declaration, index: index)
      values[declaration.name] = Self.messageArgument(argument)
      used.append("\(declaration.name)=\(argument.text) (\(declaration.type.rawValue)\(sample ? ", sample" : ""))")
    }

    let m = catalog.localized(code: code, product: product, locale: locale, arguments: values)
    reportWarnings(m.warnings, from: catalog)
    if format == .json {
      StandardStreams.out(m.jsonText + "\n")
      return
    }
    var lines = ["\(code)  [\(m.locale)]  product \(m.product ?? "none"), tier \(m.tier.rawValue)"]
    if !m.candidateProducts.isEmpty {
      lines.append("(declared by \(m.candidateProducts.joined(separator: ", ")): give --product for its meaning there)")
    }
    if info == nil && m.candidateProducts.isEmpty {
      lines.append(
        m.matchedCode.map { "(not in the catalog: shown with the entry of \($0.rawValue))" }
          ?? "(not in the catalog: shown with the generic message)")
    }
    lines.append("message:   " + m.message)
    lines.append("hint:      " + m.hint)
    if let detail = m.detail { lines.append("detail:    " + detail) }
    if !used.isEmpty { lines.append("arguments: " + used.joined(separator: ", ")) }
    if let info {
      lines.append("category:  \(info.category.rawValue), retry \(info.retry.rawValue), actor \(info.actor.rawValue)")
    }
    StandardStreams.out(lines.joined(separator: "\n") + "\n")
  }

  /// The built-in catalog with --locales over it, or with --catalog, that folder's codes too.
  private func catalog() -> MessageCatalog {
    guard let catalogDirectory else { return catalogOptions.catalog() }
    let locales =
      catalogOptions.localesDirectory ?? StandardStreams.environment("ERRMSG_LOCALES").flatMap { $0.isEmpty ? nil : $0 }
    do {
      return try MessageCatalog(localesDirectory: locales ?? "Locales", catalogDirectory: catalogDirectory)
    } catch {
      StandardStreams.err("errmsg: warning: \(error.message); using the embedded catalog\n")
      for d in error.diagnostics { StandardStreams.err("\(d)\n") }
      return catalogOptions.catalog()
    }
  }

  /// A value that shows where an argument lands.
  private static func sample(for declaration: CodeInfo.Argument, index: Int) -> PatternTrial.Argument {
    let text: String
    switch declaration.type {
    case .string: text = "‹\(declaration.name)›"
    case .int: text = "\(3 + 2 * index)"
    case .double: text = "\(2.5 + Double(index))"
    case .date: text = "\(1_700_000_000_000 + 400_000 * index)"
    }
    // The texts above always parse for their type.
    return try! PatternTrial.Argument(name: declaration.name, type: declaration.type, text: text)
  }

  private static func messageArgument(_ a: PatternTrial.Argument) -> MessageArgument {
    switch a.type {
    case .string: .string(a.text)
    case .int: .int(Int(a.text) ?? 0)
    case .double: .double(Double(a.text) ?? 0)
    case .date: .date(Date(timeIntervalSince1970: (Double(a.text) ?? 0) / 1000))
    }
  }
}
