import ArgumentParser
import ErrmsgKit
import ErrmsgModel

/// The one-shot command: one input in, the localized explanation out.
struct Localize: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "localize",
    abstract: "Explain one error response (the default command).",
    discussion: """
      INPUT is a Tencent Cloud API 3.0 response ({"Response":{"Error":{…},"RequestId":…}}), \
      its inner object, a JSON array of them, or the error text an SDK prints \
      ([TencentCloudSDKException] code:… message:… requestId:…, \
      [TencentCloudSDKError] Code=…, Message=…, RequestId=…, and the Java and .NET forms).

      The locale is --locale, else LC_ALL, LC_MESSAGES, LANG, else en-US.

      \(ExitStatus.helpText)
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, problem
  }

  @Option(name: .shortAndLong, help: "Locale: BCP 47 (zh-CN), POSIX (zh_CN.UTF-8) or an Accept-Language list.")
  var locale: String?

  @Option(name: .shortAndLong, help: "Output: text for people, json for programs, problem for RFC 9457 problem+json.")
  var format: Format = .text

  @OptionGroup var productOption: ProductOption

  @OptionGroup var catalogOptions: CatalogOptions

  @Argument(help: "A file to read (default: standard input).")
  var file: String?

  func run() throws {
    try OneShot(
      locale: locale, format: format, product: productOption.product,
      localesDirectory: catalogOptions.localesDirectory, file: file
    ).run()
  }
}
