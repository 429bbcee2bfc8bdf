/// Hides credentials that servers and SDKs sometimes echo back in messages.
///
/// - SecretIds (`AKID` followed by 8 or more letters and digits) keep their
///   first 8 characters: `AKIDz8kr****`, enough to tell keys apart.
/// - The values after `SecretKey`, `Token`, `Signature`, `X-TC-Token`,
///   `Authorization`, `Password`, `Credential` and `SessionToken` (followed by
///   `=`, `:` or `":"`) become `****`.
public enum Redactor {
  /// The words whose values are always hidden (matched case-insensitively).
  static let secretKeys: [[UInt8]] = [
    "secretkey", "secret_key", "sessiontoken", "x-tc-token", "token", "signature", "authorization",
    "password", "credential",
  ].map { Array($0.utf8) }

  /// The text with credentials replaced by `****`.
  public static func redact(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard mightContainSecret(bytes) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      // AKID…
      if i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "A"), bytes[i + 1] == UInt8(ascii: "K"),
        bytes[i + 2] == UInt8(ascii: "I"), bytes[i + 3] == UInt8(ascii: "D"),
        i == 0 || !isAlnum(bytes[i - 1])
      {
        var j = i + 4
        while j < bytes.count, isAlnum(bytes[j]) { j += 1 }
        if j - i >= 12 {
          out.append(contentsOf: bytes[i..<(i + 8)])
          out.append(contentsOf: Array("****".utf8))
          i = j
          continue
        }
      }
      // key = value / key: value / "key":"value"
      if let (key, valueStart) = secretKeyAt(bytes, i) {
        out.append(contentsOf: bytes[i..<valueStart])
        var j = valueStart
        let quoted = j < bytes.count && (bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'"))
        if quoted {
          let q = bytes[j]
          out.append(q)
          j += 1
          while j < bytes.count, bytes[j] != q { j += 1 }
          out.append(contentsOf: Array("****".utf8))
          i = j
        } else {
          var sawValue = false
          // An Authorization value has a scheme word and comma-separated parts: hide the rest of the line.
          let spansSpaces = secretKeys[key] == authorization
          while j < bytes.count {
            let b = bytes[j]
            if b == UInt8(ascii: "&") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == 0x0A
              || b == UInt8(ascii: ";") || b == UInt8(ascii: "`")
            {
              break
            }
            if (b == 0x20 || b == UInt8(ascii: ",")) && !spansSpaces { break }
            sawValue = true
            j += 1
          }
          if sawValue { out.append(contentsOf: Array("****".utf8)) }
          i = j
        }
        continue
      }
      out.append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func isAlnum(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }

  private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

  /// A cheap first look: any `AKID`, or any letter of the key words' first letters followed by a separator.
  private static func mightContainSecret(_ bytes: [UInt8]) -> Bool {
    var i = 0
    while i + 1 < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "=") || b == UInt8(ascii: ":") { return true }
      if b == UInt8(ascii: "A"), i + 3 < bytes.count, bytes[i + 1] == UInt8(ascii: "K") { return true }
      i += 1
    }
    return false
  }

  private static let authorization = Array("authorization".utf8)

  /// When a secret key word starts at `i` (on a word boundary) and is followed by a
  /// separator, which key word it is and where its value starts.
  private static func secretKeyAt(_ bytes: [UInt8], _ i: Int) -> (Int, Int)? {
    if i > 0, isAlnum(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: "-") || bytes[i - 1] == UInt8(ascii: "_") {
      return nil
    }
    for (index, key) in secretKeys.enumerated() {
      guard i + key.count <= bytes.count else { continue }
      var ok = true
      for k in 0..<key.count where lower(bytes[i + k]) != key[k] {
        ok = false
        break
      }
      guard ok else { continue }
      var j = i + key.count
      if j < bytes.count, isAlnum(bytes[j]) { continue }
      if j < bytes.count, bytes[j] == UInt8(ascii: "\"") { j += 1 }
      while j < bytes.count, bytes[j] == 0x20 { j += 1 }
      guard j < bytes.count, bytes[j] == UInt8(ascii: "=") || bytes[j] == UInt8(ascii: ":") else { continue }
      j += 1
      while j < bytes.count, bytes[j] == 0x20 { j += 1 }
      return (index, j)
    }
    return nil
  }
}
