import ArgumentParser
import ErrmsgKit

/// `--locales DIR` (or `ERRMSG_LOCALES`): texts from a translator's folder
/// over the embedded ones. A broken file there falls back to the embedded
/// text with a warning on standard error; it never stops the command.
struct CatalogOptions: ParsableArguments {
  @Option(
    name: .customLong("locales"),
    help: ArgumentHelp(
      "A Locales folder whose texts override the embedded ones (default: $ERRMSG_LOCALES).",
      valueName: "dir"))
  var localesDirectory: String?

  /// The catalog to use, with warnings printed for problems in override files.
  func catalog() -> MessageCatalog { Self.catalog(localesDirectory: localesDirectory) }

  /// The catalog for a `--locales` folder (nil: `$ERRMSG_LOCALES`, else the embedded one).
  static func catalog(localesDirectory: String?) -> MessageCatalog {
    let dir = localesDirectory ?? StandardStreams.environment("ERRMSG_LOCALES").flatMap { $0.isEmpty ? nil : $0 }
    guard let dir else { return .embedded }
    do {
      return try MessageCatalog(localesDirectory: dir)
    } catch {
      StandardStreams.err("errmsg: warning: \(error.message); using the embedded texts\n")
      for d in error.diagnostics { StandardStreams.err("\(d)\n") }
      return .embedded
    }
  }
}

/// Prints warnings collected while rendering (broken override texts), once each.
func reportWarnings(_ warnings: [String], from catalog: MessageCatalog) {
  for w in warnings { StandardStreams.err("errmsg: warning: \(w)\n") }
  for d in catalog.diagnostics where d.severity == .error {
    StandardStreams.err("errmsg: warning: \(d)\n")
  }
}
