import ErrmsgModel

/// Hides credentials that servers and SDKs sometimes echo back in messages.
///
/// What is hidden (the shapes are data: ``keyWords``, ``spanningKeyWords``,
/// the separators below; `Docs/security.md` lists them with examples):
///
/// - **SecretIds**: `AKID` (any case, even glued to a word or after `%3D`)
///   followed by 8 or more letters and digits keep their first 8 characters:
///   `AKIDz8kr****`, enough to tell keys apart.
/// - **Values of secret names**: a name (letters, digits, `-`, `_`) that ends
///   with a word of ``keyWords`` (case-insensitive: `SecretKey`,
///   `TmpSecretKey`, `x-cos-security-token`, `access_token`, `q-signature`,
///   `Authorization`, …), optionally closed by a quote or `]`, then a
///   separator: `=`, `:`, `=>`, full-width `：` or `＝`, URL-encoded `%3D` or
///   `%3A`, with spaces, tabs or line breaks around it. The value becomes
///   `****`: a quoted value up to its closing quote (backslash escapes
///   included), else up to the next `&`, `%26`, quote, `;`, `,`, bracket,
///   space or line break. The values of ``spanningKeyWords`` (`Authorization`,
///   `Password`) run to the end of the line, spaces and commas included.
public enum Redactor {
  /// The words whose values are hidden: a name ending with one of them
  /// (lower case; matched case-insensitively).
  static let keyWords: [[UInt8]] = [
    "secretkey", "secret_key", "secret-key", "secret", "token", "signature", "authorization",
    "password", "passwd", "credential", "privatekey", "private_key", "private-key", "apikey",
    "api_key", "api-key",
  ].map { Array($0.utf8) }

  /// Key words whose values may hold spaces and commas (a scheme word and
  /// parts; a pass phrase): hidden to the end of the line.
  static let spanningKeyWords: [[UInt8]] = ["authorization", "password", "passwd"].map {
    Array($0.utf8)
  }

  /// What replaces a hidden value.
  static let mask = Array("****".utf8)

  /// The text with credentials replaced by `****`.
  public static func redact(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard mayRedact(bytes.span) else { return text }
    return String(decoding: redact(bytes.span), as: UTF8.self)
  }

  /// The same over UTF-8 bytes (valid UTF-8 in, valid UTF-8 out: only ASCII
  /// runs and whole values are replaced).
  static func redact(_ bytes: Span<UInt8>) -> [UInt8] {
    let n = bytes.count
    var out: [UInt8] = []
    out.reserveCapacity(n)
    var copied = 0
    var i = 0
    func hide(_ start: Int, _ end: Int) {
      for k in copied..<start { out.append(bytes[k]) }
      out.append(contentsOf: mask)
      copied = end
    }
    while i < n {
      if let end = secretIdEnd(bytes, at: i) {
        hide(i + 8, end)
        i = end
        continue
      }
      guard let separator = separatorLength(bytes, at: i) else {
        i += 1
        continue
      }
      guard let key = keyWordEnding(bytes, before: i) else {
        // One byte on, not past the separator: `%3AKIDz8kr…` has a SecretId starting inside it.
        i += 1
        continue
      }
      var v = skipSpace(bytes, i + separator)
      if v < n, bytes[v] == UInt8(ascii: "\"") || bytes[v] == UInt8(ascii: "'") {
        let quote = bytes[v]
        v += 1
        var end = v
        while end < n, bytes[end] != quote {
          end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        end = min(end, n)
        if end > v { hide(v, end) }
        i = max(end, v)
        continue
      }
      let end = unquotedValueEnd(bytes, from: v, spanning: spanningKeyWords.contains(keyWords[key]))
      if end > v { hide(v, end) }
      i = max(end, v)
    }
    for k in copied..<n { out.append(bytes[k]) }
    return out
  }

  // MARK: - The shapes

  @inline(__always)
  static func isAlnum(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }

  @inline(__always)
  static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

  @inline(__always)
  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  /// Where a SecretId starting at `i` ends: `AKID` (any case) and 8 or more letters and digits.
  static func secretIdEnd(_ bytes: Span<UInt8>, at i: Int) -> Int? {
    guard i + 12 <= bytes.count, lower(bytes[i]) == UInt8(ascii: "a"),
      lower(bytes[i + 1]) == UInt8(ascii: "k"), lower(bytes[i + 2]) == UInt8(ascii: "i"),
      lower(bytes[i + 3]) == UInt8(ascii: "d")
    else { return nil }
    var j = i + 4
    while j < bytes.count, isAlnum(bytes[j]) { j += 1 }
    return j - i >= 12 ? j : nil
  }

  /// The length of the separator at `i`: `=>`, `=`, `:`, `：`, `＝`, `%3D`, `%3A`; nil for none.
  static func separatorLength(_ bytes: Span<UInt8>, at i: Int) -> Int? {
    let n = bytes.count
    switch bytes[i] {
    case UInt8(ascii: "="):
      return i + 1 < n && bytes[i + 1] == UInt8(ascii: ">") ? 2 : 1
    case UInt8(ascii: ":"):
      return 1
    case UInt8(ascii: "%"):
      guard i + 2 < n, bytes[i + 1] == UInt8(ascii: "3") else { return nil }
      let c = lower(bytes[i + 2])
      return c == UInt8(ascii: "d") || c == UInt8(ascii: "a") ? 3 : nil
    case 0xEF:  // U+FF1A FULLWIDTH COLON, U+FF1D FULLWIDTH EQUALS SIGN
      guard i + 2 < n, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x9A || bytes[i + 2] == 0x9D else {
        return nil
      }
      return 3
    default:
      return nil
    }
  }

  /// Which key word ends the name right before the separator at `separator`
  /// (after spaces and one closing quote or `]`), if one does.
  static func keyWordEnding(_ bytes: Span<UInt8>, before separator: Int) -> Int? {
    var end = separator
    while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
    if end > 0,
      bytes[end - 1] == UInt8(ascii: "\"") || bytes[end - 1] == UInt8(ascii: "'")
        || bytes[end - 1] == UInt8(ascii: "]")
    {
      end -= 1
    }
    guard end > 0 else { return nil }
    // Only the key words that end with this letter (most letters end none).
    for index in byLastLetter[Int(lower(bytes[end - 1]))] {
      let key = keyWords[index]
      guard key.count <= end else { continue }
      let start = end - key.count
      var same = true
      for k in 0..<key.count where lower(bytes[start + k]) != key[k] {
        same = false
        break
      }
      if same { return index }
    }
    return nil
  }

  /// The key words by the byte they end with (indices into ``keyWords``, in order).
  private static let byLastLetter: [[Int]] = {
    var table = [[Int]](repeating: [], count: 256)
    for (index, key) in keyWords.enumerated() { if let last = key.last { table[Int(last)].append(index) } }
    return table
  }()

  private static func skipSpace(_ bytes: Span<UInt8>, _ i: Int) -> Int {
    var i = i
    while i < bytes.count, isSpace(bytes[i]) { i += 1 }
    return i
  }

  /// Where an unquoted value starting at `i` ends.
  private static func unquotedValueEnd(_ bytes: Span<UInt8>, from i: Int, spanning: Bool) -> Int {
    let n = bytes.count
    var j = i
    while j < n {
      let b = bytes[j]
      switch b {
      case UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ";"),
        UInt8(ascii: "`"), 0x0A, 0x0D:
        return j
      case UInt8(ascii: "%"):
        if j + 2 < n, bytes[j + 1] == UInt8(ascii: "2"), bytes[j + 2] == UInt8(ascii: "6") { return j }
      case UInt8(ascii: " "), 0x09, UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: "]"),
        UInt8(ascii: "}"), UInt8(ascii: "<"):
        if !spanning { return j }
      case 0xE3, 0xEF:
        // CJK and full-width punctuation (U+3000–U+303F, U+FF00–U+FF3F: `，`, `。`, `；`, …).
        if j + 1 < n, bytes[j + 1] == (b == 0xE3 ? 0x80 : 0xBC) { return j }
      default:
        break
      }
      j += 1
    }
    return n
  }
}
