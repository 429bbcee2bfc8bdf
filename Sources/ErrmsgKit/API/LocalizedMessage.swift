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
  /// The product of the catalog entry used (`common`, `tke`, …), or nil when
  /// none was (the generic message, or a code several products declare).
  public var product: String?
  /// Whose text ``message`` is: written for end users, the official
  /// description, the family's text, or the generic message.
  public var tier: MessageTier
  /// The products that declare the code, when no product was given and several do.
  public var candidateProducts: [String]
  /// The locale the texts are in (`zh-CN`; `zh-TW` for converted Traditional Chinese).
  public var locale: String
  /// True when a text was converted from Simplified Chinese by a machine
  /// (OpenCC at data-preparation time, or ICU's Hans-Hant transliterator as a
  /// last resort) because nobody has written it in Traditional Chinese yet.
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

/// Whose text a ``LocalizedMessage`` shows.
public enum MessageTier: String, Sendable, Hashable, Codable, CaseIterable {
  /// Texts written for end users, for this code.
  case curated
  /// The official description of the code (from the Tencent Cloud SDKs), with the family's hint.
  case official
  /// The texts of the code's family (`InternalError` for `InternalError.Something`): the
  /// code is unknown, its official description is not fit to show in this language,
  /// or several products declare it with different meanings.
  case family
  /// The generic message, which shows the code.
  case generic
}
