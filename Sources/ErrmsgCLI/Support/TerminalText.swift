/// Text made safe for a terminal (and a log viewer): every character that could
/// move the cursor, start an escape sequence, end a line or reorder what is
/// shown is written as a visible escape instead.
///
/// Used for the `text` output, whose fields carry server data (`Code`,
/// `RequestId`, values read from the message): a response can neither
/// recolour, retitle or clear the screen, nor forge a line such as
/// "What you can do: …". JSON outputs are JSON-escaped instead and are not
/// changed.
enum TerminalText {
  /// The bidirectional marks the `ar-XB` pseudo-locale writes around its words
  /// (RLM, RLO, PDF): kept in the catalog's texts of that locale only.
  static let pseudoBidiMarks: Set<Unicode.Scalar> = ["\u{200F}", "\u{202E}", "\u{202C}"]

  /// `text` with each such character written as `\n`, `\r`, `\t` or `\u{XXXX}`,
  /// except those in `kept`.
  static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
    guard text.unicodeScalars.contains(where: { needsEscape($0) && !kept.contains($0) }) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar), !kept.contains(scalar) else {
        out.append(scalar)
        continue
      }
      let shown: String
      switch scalar {
      case "\n": shown = "\\n"
      case "\r": shown = "\\r"
      case "\t": shown = "\\t"
      default: shown = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
      out.append(contentsOf: shown.unicodeScalars)
    }
    return String(out)
  }

  /// C0 controls (ESC, BEL, CR, LF, …), DEL and C1 controls (CSI U+009B, …);
  /// the line and paragraph separators; the bidirectional controls: ALM, LRM,
  /// RLM, the embeddings and overrides U+202A–U+202E and the isolates
  /// U+2066–U+2069.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
