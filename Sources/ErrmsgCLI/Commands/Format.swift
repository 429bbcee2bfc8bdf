import ArgumentParser
import ErrmsgLint

/// `errmsg format`: try any ICU MessageFormat pattern with sample arguments.
struct FormatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "format",
    abstract: "Format an ICU MessageFormat pattern exactly as the catalog would.",
    discussion: """
      Try a plural or select before putting it in a Locales file:

        errmsg format --locale ru --pattern '{n, plural, one {# файл} few {# файла} other {# файлов}}' --arg n:int=3

      Argument types: string (the default for name=value), int, double, date (milliseconds \
      since 1970, formatted in the local time zone). A pattern that does not compile prints \
      ICU's error with its line and column and exits 65.
      """
  )

  @Option(name: .shortAndLong, help: "The locale to format for (BCP 47 or POSIX).")
  var locale: String

  @Option(name: .shortAndLong, help: "The ICU MessageFormat pattern.")
  var pattern: String

  @Option(
    name: .customLong("arg"), parsing: .singleValue, help: ArgumentHelp("An argument.", valueName: "name:type=value"))
  var arguments: [String] = []

  func run() throws {
    guard let formattingLocale = PatternTrial.formattingLocale(locale) else {
      StandardStreams.err("errmsg: --locale \(locale) is not a locale ICU knows (use a BCP 47 tag such as zh-CN)\n")
      throw ExitStatus.usage
    }
    var values: [PatternTrial.Argument] = []
    do {
      for a in arguments { values.append(try PatternTrial.Argument(parsing: a)) }
    } catch {
      StandardStreams.err("errmsg: \(error.message)\n")
      throw ExitStatus.usage
    }
    do {
      let text = try PatternTrial.format(pattern: pattern, locale: formattingLocale, arguments: values)
      StandardStreams.out(text + "\n")
    } catch {
      StandardStreams.err("errmsg: \(error.message)\n")
      if let pointer = error.pointer { StandardStreams.err(pointer + "\n") }
      throw ExitStatus.invalidInput
    }
  }
}
