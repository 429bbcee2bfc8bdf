import ErrmsgModel

/// The plainest one-shot command lines, read without ArgumentParser.
///
/// `errmsg --locale zh-CN < response.json` is what people and scripts run,
/// often once per error, and ArgumentParser's reflection over the command tree
/// was half of such a run (about 10 million instructions of runtime
/// protocol-conformance searches). Read here: `--locale`/`-l`, `--format`/`-f`,
/// `--product` and `--locales`, each at most once, as `--name value` or
/// `--name=value`, with a value that passes the same check; and at most one
/// file that is not a subcommand's name. Anything else — help, the version, a
/// subcommand, an unknown, repeated or glued short option, `--`, an empty value
/// or one starting with `-`, a format or product that fails its check — is left
/// to ArgumentParser, which parses and reports exactly as it always did.
struct OneShotCommandLine {
  /// What to run.
  private(set) var oneShot = OneShot(locale: nil, format: .text, product: nil, localesDirectory: nil, file: nil)

  /// Reads `arguments` (without the program name); nil when ArgumentParser must.
  init?(_ arguments: some Sequence<String>, subcommands: Set<String>) {
    var seen: Set<String> = []
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      guard argument.hasPrefix("-") else {
        // A file: once, and never a word ArgumentParser reads as a subcommand.
        guard oneShot.file == nil, !argument.isEmpty, !subcommands.contains(argument) else { return nil }
        oneShot.file = argument
        continue
      }
      var name = argument
      var value: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
      }
      let option: String
      switch name {
      case "--locale", "-l": option = "locale"
      case "--format", "-f": option = "format"
      case "--product": option = "product"
      case "--locales": option = "locales"
      default: return nil
      }
      guard seen.insert(option).inserted else { return nil }
      if value == nil { value = iterator.next() }
      guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
      switch option {
      case "locale": oneShot.locale = value
      case "format":
        guard let format = Localize.Format(rawValue: value) else { return nil }
        oneShot.format = format
      case "product":
        guard ProductName.isValid(value) else { return nil }
        oneShot.product = value
      default: oneShot.localesDirectory = value
      }
    }
  }
}
