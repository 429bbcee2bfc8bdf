public import ErrmsgModel

/// An error code explained for an end user, in one locale.
///
/// Every field is plain text ready to show: no pattern syntax or raw
/// `{placeholder}` ever reaches it.
public struct LocalizedMessage: Sendable, Hashable {
  /// The code as received.
  public var code: ErrorCode
  /// The catalog entry whose texts were used: the code itself, a parent
  /// (`InternalError` for `InternalError.SomethingNew`), or nil when no entry
  /// matched and the generic message was used.
  public var matchedCode: ErrorCode?
  /// Whether ``matchedCode`` is the code itself.
  public var isExact: Bool
  /// The locale the texts are in (`zh-CN`; `zh-TW` for converted Traditional Chinese).
  public var locale: String
  /// True when the texts were converted from Simplified Chinese by ICU's Hans-Hant
  /// transliterator because no Traditional Chinese translation exists yet.
  public var isMachineConverted: Bool
  /// What happened, in plain words.
  public var message: String
  /// What the user can do next.
  public var hint: String
  /// A sentence using values from the request or server message, when they are known.
  public var detail: String?
  /// The kind of problem, when the code (or its family) is catalogued.
  public var category: ErrorCategory?
  /// Whether retrying can help.
  public var retry: RetryAdvice
  /// Who has to act, when known.
  public var actor: ResponsibleParty?
  /// The request ID, when localizing a server response (support asks for it).
  public var requestId: String?
  /// The server's own message with credentials redacted, when localizing a server response.
  public var serverMessage: String?
  /// Argument values used for ``detail`` (given by the caller or taken from the server message).
  public var arguments: [String: MessageArgument]
  /// Fallbacks taken while rendering (a broken or missing translation), for logs and tools.
  public var warnings: [String]
}
