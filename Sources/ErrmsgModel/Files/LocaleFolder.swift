/// The names inside a `Locales/` folder.
package enum LocaleFolder {
  /// Whether a folder name looks like a locale tag (`en-US`, `zh-Hant-TW`, `fr`):
  /// ASCII letters and digits in parts joined by `-` or `_`, starting with two or three letters.
  package static func isLocaleName(_ name: String) -> Bool {
    let parts = name.split(separator: "-", omittingEmptySubsequences: false).flatMap {
      $0.split(separator: "_", omittingEmptySubsequences: false)
    }
    guard let first = parts.first, (2...3).contains(first.utf8.count),
      first.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) })
    else { return false }
    return parts.allSatisfy { part in
      (1...8).contains(part.utf8.count)
        && part.utf8.allSatisfy {
          ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A)
        }
    }
  }
}
