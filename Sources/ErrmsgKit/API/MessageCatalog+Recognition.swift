import ErrmsgModel

/// What the input readers ask the catalog while they recognize pasted text:
/// whether a token can be a code, which product a code belongs to, and which
/// code a server message's shape points to. Everything comes from the
/// registry, so it follows the catalog as it grows.
extension MessageCatalog {
  /// Whether `token` can be a Tencent Cloud error code: a catalogued code, or
  /// `Family.Sub…` under a catalogued family. Loose log-line shapes count a
  /// token as a code only when this holds.
  package func isPlausibleCode(_ token: String) -> Bool {
    guard Self.isCodeShaped(token) else { return false }
    if isCatalogued(token) { return true }
    let code = ErrorCode(token)
    return code.parent != nil && isCatalogued(code.family.rawValue)
  }

  /// Whether a product (any tier) or the common catalog declares the code.
  private func isCatalogued(_ code: String) -> Bool {
    let registry = storage.registry
    return registry.entry("common", code) != nil || registry.tables.products(declaring: code) != nil
  }

  /// The product a recognized code is read as: `sdk` for the SDKs' own
  /// client-side codes (the request never got an answer), nil otherwise.
  package func recognizedProduct(of code: String) -> String? {
    storage.registry.isClientSideCode(code) ? "sdk" : nil
  }

  /// The one code whose extraction rules match `message`, with the rule that
  /// matched; nil when none matches or rules of several codes do (ambiguity
  /// is never resolved by a guess).
  package func inferCode(fromMessage message: String) -> (code: String, rule: String)? {
    let bytes = Array(message.utf8)
    var found: (code: String, rule: String)?
    let registry = storage.registry
    for product in registry.curatedProducts {
      for entry in registry.product(product).all {
        let code = entry.info.code.rawValue
        for template in entry.extractors where template.match(bytes) != nil {
          if let f = found, f.code != code { return nil }
          if found == nil { found = (code, template.source) }
        }
      }
    }
    return found
  }

  /// The one code whose official description (in Chinese or English) the
  /// message is, compared without case, spaces and punctuation: the code, the
  /// product when one product declares it, and the description; nil when the
  /// message is no description or descriptions of several codes read the same.
  package func inferCode(fromDescription message: String) -> (code: String, product: String?, description: String)? {
    guard message.unicodeScalars.count <= 2048,
      let found = storage.descriptionIndex.candidates(for: message), found.codes.count == 1,
      let code = found.codes.first
    else { return nil }
    return (code, found.products.count == 1 ? found.products.first : nil, found.description)
  }

  /// CamelCase parts separated by dots (`AuthFailure.SignatureExpire`,
  /// `ClientError.NetworkError`): each part starts with an uppercase letter,
  /// and the whole has at least two uppercase letters, so ordinary words
  /// (`Error`, `Success`) are not codes.
  static func isCodeShaped(_ token: String) -> Bool {
    let bytes = Array(token.utf8)
    guard bytes.count >= 4, bytes.count <= 128 else { return false }
    var uppercase = 0
    var atPartStart = true
    for b in bytes {
      if b == UInt8(ascii: ".") {
        if atPartStart { return false }
        atPartStart = true
        continue
      }
      let upper = b >= 0x41 && b <= 0x5A
      let lower = b >= 0x61 && b <= 0x7A
      let digit = b >= 0x30 && b <= 0x39
      guard upper || lower || digit || b == UInt8(ascii: "_") else { return false }
      if atPartStart, !upper { return false }
      if upper { uppercase += 1 }
      atPartStart = false
    }
    return !atPartStart && uppercase >= 2
  }
}
