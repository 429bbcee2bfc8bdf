/// The language of an official description: the Chinese SDK's or the international (English) SDK's.
package enum OfficialLanguage: String, Sendable, CaseIterable {
  /// Simplified Chinese (`tencentcloud-sdk-python`, `tencentcloud-sdk-go`).
  case zh
  /// English (`tencentcloud-sdk-python-intl-en`, `tencentcloud-sdk-go-intl-en`).
  case en
}

/// Whether and how an official SDK description is shown to a reader.
///
/// The SDKs' descriptions are facts about a code written for developers, and some are not texts at all.
/// ``display(_:language:code:)`` is the one rule for turning one into a message; the importer uses it
/// for the Traditional Chinese conversions, and the runtime and lint use it for what they show.
///
/// Not shown (`nil`; the reader gets the family's text instead):
/// - empty, or only punctuation and spaces;
/// - only the code again, or its last component (`InternalError.CidrInvali`, `CidrInvali.`,
///   `internalerror`): compared without case and punctuation, but a text written as words
///   (`Cluster not found.`) is a description, not a repetition;
/// - a placeholder: `xxx`, `TODO`, `TBD`, `-`, `暂无`, `无`, `待补充`, `null`, `none`, `N/A` (the whole text);
/// - template leftovers anywhere: printf conversions (`%s`, `%d`, `%v`, …), `{…}` (`{{1}}`, `{name}`) and
///   angle-bracket names that are not HTML (`<parameter>`, `<message>`): the sentence was meant to be filled in;
/// - English text with Han characters (an English reader never gets Chinese), Chinese text without any.
///
/// Otherwise the text, cleaned:
/// - markdown links `[text](url)` become their text; HTML tags (`<a href=…>`, `</a>`, `<br>`, `<b>`, …) are
///   dropped, keeping what they enclose; whitespace runs (line breaks included) become one space;
/// - bare URLs are kept as they are: they point to the page the description refers to (“see …”), and
///   dropping them would leave a dangling sentence; punctuation inside them is never changed, and no final
///   period is added right after one (it would become part of the link when a terminal or UI links it);
/// - Chinese (`zh`): `, ; : ! ? ( )` next to Chinese text become `，；：！？（）` (a `.` after Chinese becomes
///   `。`), spaces around full-width punctuation go, and a final `。` is added when the text ends without
///   `。！？…` (a trailing `，：；、` is replaced);
/// - English (`en`): full-width `，。；：！？（）` become ASCII with a following space where a word follows,
///   spaces before `, . ; : ! ? )` and after `(` go, and a final `.` is added when the text ends without
///   `. ! ?` (a trailing `, : ;` is replaced).
package enum OfficialDescription {
  /// The text to show for an official description, or nil when it is not usable (see the type's rules).
  ///
  /// - Parameters:
  ///   - text: the SDK's description, verbatim.
  ///   - language: the language it is written in.
  ///   - code: the error code it describes (`FailedOperation.ClusterNotFound`).
  package static func display(_ text: String, language: OfficialLanguage, code: String) -> String? {
    var scalars = Array(text.unicodeScalars)
    guard let withoutMarkup = removeMarkup(&scalars) else { return nil }
    scalars = collapseSpaces(withoutMarkup)
    if scalars.isEmpty || isPlaceholder(scalars) || repeatsCode(scalars, code: code) || hasTemplateLeftover(scalars) {
      return nil
    }
    let hasHan = scalars.contains(where: isHan)
    switch language {
    case .en:
      if hasHan { return nil }
      scalars = normalizeEnglish(scalars)
    case .zh:
      if !hasHan { return nil }
      scalars = normalizeChinese(scalars)
    }
    guard scalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
      return nil
    }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars)
    return String(out)
  }

  // MARK: - Markup

  /// HTML element names that are stripped (their content kept); any other `<name>` is a template leftover.
  static let htmlTags: Set<String> = [
    "a", "b", "i", "u", "s", "em", "strong", "code", "br", "p", "span", "div", "font", "sup", "sub", "ul", "ol", "li",
    "small", "big", "mark", "del", "ins", "pre", "hr",
  ]

  /// Markdown links to their text, HTML tags dropped; nil when an angle-bracket name is not HTML.
  static func removeMarkup(_ s: inout [Unicode.Scalar]) -> [Unicode.Scalar]? {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    var i = 0
    while i < s.count {
      let c = s[i]
      if c == "[", let (textEnd, linkEnd) = markdownLink(s, at: i) {
        out.append(contentsOf: s[(i + 1)..<textEnd])
        i = linkEnd
        continue
      }
      if c == "<", let (name, end) = angleTag(s, at: i) {
        if !htmlTags.contains(name) { return nil }
        if name == "br" || name == "p" || name == "div" || name == "li" { out.append(" ") }
        i = end
        continue
      }
      out.append(c)
      i += 1
    }
    return out
  }

  /// `[text](url)` starting at `start`: the index of `]` and the index after `)`.
  static func markdownLink(_ s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
    var j = start + 1
    while j < s.count, s[j] != "]", s[j] != "[", s[j] != "\n" { j += 1 }
    guard j < s.count, s[j] == "]", j > start + 1, j + 1 < s.count, s[j + 1] == "(" else { return nil }
    var k = j + 2
    while k < s.count, s[k] != ")", s[k] != " ", s[k] != "\n" { k += 1 }
    guard k < s.count, s[k] == ")", k > j + 2 else { return nil }
    return (j, k + 1)
  }

  /// `<name …>`, `</name>` or `<name/>` starting at `start`: the lowercased name and the index after `>`.
  static func angleTag(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
    var j = start + 1
    if j < s.count, s[j] == "/" { j += 1 }
    let nameStart = j
    while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) || s[j] == "_" {
      j += 1
    }
    guard j > nameStart, s[nameStart].properties.isAlphabetic else { return nil }
    var name = ""
    name.unicodeScalars.append(contentsOf: s[nameStart..<j])
    while j < s.count, s[j] != ">", s[j] != "<", s[j] != "\n" { j += 1 }
    guard j < s.count, s[j] == ">" else { return nil }
    return (name.lowercased(), j + 1)
  }

  /// Whitespace runs (line breaks, tabs, the ideographic space) as one space; none at the ends.
  static func collapseSpaces(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    var pendingSpace = false
    for c in s {
      if c.properties.isWhitespace || c == "\u{200B}" || c == "\u{FEFF}" {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace { out.append(" ") }
      pendingSpace = false
      out.append(c)
    }
    return out
  }

  // MARK: - Unusable texts

  static let placeholders: Set<String> = [
    "", "xxx", "xx", "x", "todo", "tbd", "fixme", "暂无", "无", "待补充", "待定", "未知", "null", "nil", "none", "na",
    "desc", "description", "描述", "说明",
  ]

  /// Letters and digits only, lowercased.
  static func skeleton<S: Sequence<Unicode.Scalar>>(_ s: S) -> String {
    var out = String.UnicodeScalarView()
    for c in s {
      if c.isASCII {
        switch c.value {
        case 0x41...0x5A: out.append(Unicode.Scalar(c.value + 0x20)!)
        case 0x61...0x7A, 0x30...0x39: out.append(c)
        default: break
        }
      } else if c.properties.isAlphabetic || c.properties.numericType != nil {
        if c.properties.isCased {
          out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
        } else {
          out.append(c)
        }
      }
    }
    return String(out)
  }

  static func isPlaceholder(_ s: [Unicode.Scalar]) -> Bool {
    let key = skeleton(s)
    if placeholders.contains(key) { return true }
    // xxxx…, or only x's and dashes
    return key.unicodeScalars.allSatisfy { $0 == "x" }
  }

  /// The text is the code (or its last component), ignoring case and punctuation, but not when written as words.
  static func repeatsCode(_ s: [Unicode.Scalar], code: String) -> Bool {
    // codes are ASCII: a text with other letters is not one
    if s.contains(where: { !$0.isASCII && $0.properties.isAlphabetic }) { return false }
    // `InternalError. CidrInvali` still repeats the code; `Cluster not found` is words.
    if s.contains(" "), !s.split(separator: " ").allSatisfy(isCodeLike) { return false }
    let text = skeleton(s)
    let last = code.split(separator: ".").last.map(String.init) ?? code
    return text == skeleton(code.unicodeScalars) || text == skeleton(last.unicodeScalars)
  }

  /// A word spelled like a code or a part of one: ASCII, with a `.` or `_`, or a capital after its first letter.
  static func isCodeLike(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    guard word.count > 1, word.allSatisfy(\.isASCII) else { return false }
    return word.contains { $0 == "." || $0 == "_" } || word.dropFirst().contains { $0.properties.isUppercase }
  }

  /// printf conversions (`%s`, `%d`, `%1$s`, `%.2f`, `%v`, Python's `%(value)s`; not `50%` or `20% off`), `{…}` and `｛…｝`.
  static func hasTemplateLeftover(_ s: [Unicode.Scalar]) -> Bool {
    for (i, c) in s.enumerated() {
      if c == "{" || c == "}" || c == "\u{FF5B}" || c == "\u{FF5D}" { return true }
      guard c == "%" else { continue }
      var j = i + 1
      if j < s.count, s[j] == "(" {  // Python's `%(value)s`
        while j < s.count, s[j] != ")", s[j] != " " { j += 1 }
        j += 1
      }
      while j < s.count, "-+0#.123456789$".unicodeScalars.contains(s[j]) { j += 1 }
      if j < s.count, "sdifuxXeEgcpv@".unicodeScalars.contains(s[j]) {
        let next = j + 1 < s.count ? s[j + 1] : " "
        if !(next.isASCII && next.properties.isAlphabetic) { return true }
      }
    }
    return false
  }

  // MARK: - Punctuation

  /// Han ideographs.
  static func isHan(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
    default: false
    }
  }

  /// Chinese text for punctuation purposes: Han, CJK punctuation, full-width forms.
  static func isCJK(_ c: Unicode.Scalar) -> Bool {
    isHan(c) || (0x3000...0x303F).contains(c.value) || (0xFF00...0xFFEF).contains(c.value)
      || c == "\u{201C}" || c == "\u{201D}"
  }

  /// Ranges of the text that are URLs (`http://…`, `https://…` up to a space or a CJK character).
  static func urlMask(_ s: [Unicode.Scalar]) -> [Bool] {
    var mask = [Bool](repeating: false, count: s.count)
    var i = 0
    while i < s.count {
      if s[i] == "h", startsURL(s, at: i) {
        var j = i
        while j < s.count, s[j].isASCII, !s[j].properties.isWhitespace, s[j] != ")" || j == i { j += 1 }
        // a final sentence mark is not part of the link
        while j > i, ".,;:!?".unicodeScalars.contains(s[j - 1]) { j -= 1 }
        for k in i..<j { mask[k] = true }
        i = max(j, i + 1)
      } else {
        i += 1
      }
    }
    return mask
  }

  static func startsURL(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    var head = ""
    for c in s[i..<min(s.count, i + 8)] { head.unicodeScalars.append(c) }
    head = head.lowercased()
    return head.hasPrefix("https://") || head.hasPrefix("http://")
  }

  static let toFullWidth: [Unicode.Scalar: Unicode.Scalar] = [
    ",": "\u{FF0C}", ";": "\u{FF1B}", ":": "\u{FF1A}", "!": "\u{FF01}", "?": "\u{FF1F}", ".": "\u{3002}",
    "(": "\u{FF08}", ")": "\u{FF09}",
  ]

  static func normalizeChinese(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var s = input
    let url = urlMask(s)
    func cjkBefore(_ i: Int) -> Bool {
      var j = i - 1
      while j >= 0, s[j] == " " { j -= 1 }
      return j >= 0 && isCJK(s[j])
    }
    func cjkAfter(_ i: Int) -> Bool {
      var j = i + 1
      while j < s.count, s[j] == " " { j += 1 }
      return j < s.count && isCJK(s[j])
    }
    // Parentheses, by pairs: full-width when anything next to either is Chinese.
    var open: [Int] = []
    var convert = [Bool](repeating: false, count: s.count)
    for i in s.indices where !url[i] {
      if s[i] == "(" {
        open.append(i)
      } else if s[i] == ")", let o = open.popLast() {
        let inside = s[(o + 1)..<i].contains(where: isHan)
        if inside || cjkBefore(o) || cjkAfter(i) {
          convert[o] = true
          convert[i] = true
        }
      }
    }
    for i in s.indices where !url[i] {
      let c = s[i]
      switch c {
      case ",", ";", ":", "!", "?":
        if cjkBefore(i) || cjkAfter(i) { convert[i] = true }
      case ".":
        // a sentence end after Chinese, not a decimal point or a file name
        let next = i + 1 < s.count ? s[i + 1] : " "
        if cjkBefore(i) && (next == " " || isCJK(next) || i + 1 == s.count) { convert[i] = true }
      default: break
      }
    }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count + 1)
    for i in s.indices {
      if convert[i], let full = toFullWidth[s[i]] {
        while out.last == " " { out.removeLast() }
        out.append(full)
      } else if s[i] == " ", let last = out.last, isFullWidthPunctuation(last), last != "\u{FF09}" || cjkAfter(i) {
        continue  // no space after full-width punctuation
      } else if s[i] == " ", i + 1 < s.count, isFullWidthPunctuation(s[i + 1]) || convert[i + 1] {
        continue  // nor before it
      } else {
        out.append(s[i])
      }
    }
    s = out
    // The final mark.
    let endsWithURL = urlMask(s).last == true
    while let last = s.last, "\u{FF0C}\u{FF1A}\u{FF1B}\u{3001},:;".unicodeScalars.contains(last) { s.removeLast() }
    if let last = s.last, !endsWithURL {
      if last == "." || last == "!" || last == "?" {
        s[s.count - 1] = toFullWidth[last]!
      } else if !"\u{3002}\u{FF01}\u{FF1F}\u{2026}".unicodeScalars.contains(last) {
        s.append("\u{3002}")
      }
    }
    return s
  }

  static func isFullWidthPunctuation(_ c: Unicode.Scalar) -> Bool {
    "\u{FF0C}\u{3002}\u{FF1B}\u{FF1A}\u{FF01}\u{FF1F}\u{FF08}\u{FF09}\u{3001}".unicodeScalars.contains(c)
  }

  static let toASCII: [Unicode.Scalar: Unicode.Scalar] = [
    "\u{FF0C}": ",", "\u{3002}": ".", "\u{FF1B}": ";", "\u{FF1A}": ":", "\u{FF01}": "!", "\u{FF1F}": "?",
    "\u{FF08}": "(", "\u{FF09}": ")", "\u{3001}": ",", "\u{201C}": "\"", "\u{201D}": "\"",
  ]

  static func normalizeEnglish(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
    // Full-width to ASCII, with the space a word after it needs.
    var s: [Unicode.Scalar] = []
    s.reserveCapacity(input.count + 4)
    for (i, c) in input.enumerated() {
      guard let ascii = toASCII[c] else {
        s.append(c)
        continue
      }
      if ascii == "(", let last = s.last, last != " " { s.append(" ") }
      s.append(ascii)
      if ascii != "(", ascii != "\"", i + 1 < input.count, input[i + 1] != " " { s.append(" ") }
    }
    let url = urlMask(s)
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    for i in s.indices {
      let c = s[i]
      if c == " " {
        if out.last == " " || out.last == "(" { continue }
        if i + 1 < s.count, !url[i + 1], ",.;:!?)".unicodeScalars.contains(s[i + 1]) { continue }
      }
      out.append(c)
    }
    while out.last == " " { out.removeLast() }
    let endsWithURL = urlMask(out).last == true
    while let last = out.last, ",:;".unicodeScalars.contains(last), !endsWithURL { out.removeLast() }
    if let last = out.last, !endsWithURL, !".!?".unicodeScalars.contains(last) {
      // `(…)` and quotes close a sentence that still needs its period
      out.append(".")
    }
    return out
  }
}
