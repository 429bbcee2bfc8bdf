/// The literal text of an ICU MessageFormat pattern: what a reader sees, without
/// argument syntax, selectors or `#`.
///
/// Follows ICU's MessagePattern with its default apostrophe mode
/// (DOUBLE_OPTIONAL): `''` is one apostrophe; a `'` before `{`, `}` (or `#` in
/// a plural sub-message) starts quoted literal text up to the next single `'`;
/// any other `'` is an apostrophe. Meant for patterns ICU has accepted; on a
/// broken pattern it returns what it could read.
enum PatternLiterals {
  /// One visible character and its offset in the pattern (Unicode scalars).
  struct Character: Equatable {
    var offset: Int
    var scalar: Unicode.Scalar
  }

  /// A `plural`, `selectordinal` or `select` argument and its selectors.
  struct ComplexArgument: Equatable {
    /// Offset of the argument's `{`.
    var offset: Int
    var name: String
    var type: String
    var selectors: [String]
  }

  /// Runs of literal text, split wherever an argument, a selector or `#` stands.
  static func runs(in pattern: String) -> [[Character]] {
    var reader = Reader(Array(pattern.unicodeScalars))
    reader.message(depth: 0, inPlural: false)
    reader.flush()
    return reader.runs
  }

  /// The plural, selectordinal and select arguments, outermost first; works on
  /// patterns ICU refuses, to point at the argument at fault.
  static func complexArguments(in pattern: String) -> [ComplexArgument] {
    var reader = Reader(Array(pattern.unicodeScalars))
    reader.message(depth: 0, inPlural: false)
    return reader.complex.sorted { $0.offset < $1.offset }
  }

  private struct Reader {
    let s: [Unicode.Scalar]
    var i = 0
    var runs: [[Character]] = []
    var current: [Character] = []
    var complex: [ComplexArgument] = []

    init(_ scalars: [Unicode.Scalar]) { self.s = scalars }

    mutating func flush() {
      if !current.isEmpty { runs.append(current) }
      current = []
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? { i + offset < s.count ? s[i + offset] : nil }

    /// Reads message text up to the `}` closing a sub-message (left unread) or the end.
    mutating func message(depth: Int, inPlural: Bool) {
      while let c = peek() {
        switch c {
        case "'":
          let next = peek(1)
          if next == "'" {
            current.append(Character(offset: i, scalar: "'"))
            i += 2
          } else if let next, next == "{" || next == "}" || (inPlural && next == "#") {
            i += 1
            quoted()
          } else {
            current.append(Character(offset: i, scalar: c))
            i += 1
          }
        case "{":
          flush()
          argument(depth: depth)
          flush()
        case "}":
          if depth > 0 { return }
          current.append(Character(offset: i, scalar: c))
          i += 1
        case "#" where inPlural:
          flush()
          i += 1
        default:
          current.append(Character(offset: i, scalar: c))
          i += 1
        }
      }
    }

    /// Quoted literal text after an opening `'`, through the closing one.
    mutating func quoted() {
      while let c = peek() {
        if c == "'" {
          if peek(1) == "'" {
            current.append(Character(offset: i, scalar: "'"))
            i += 2
            continue
          }
          i += 1
          return
        }
        current.append(Character(offset: i, scalar: c))
        i += 1
      }
    }

    mutating func skipWhitespace() {
      while let c = peek(), c.properties.isPatternWhitespace { i += 1 }
    }

    /// A token up to white space or one of `stops`.
    mutating func word(until stops: Set<Unicode.Scalar>) -> String {
      var out = ""
      while let c = peek(), !stops.contains(c), !c.properties.isPatternWhitespace {
        out.unicodeScalars.append(c)
        i += 1
      }
      return out
    }

    /// An argument from its `{` through its `}`.
    mutating func argument(depth: Int) {
      let start = i
      i += 1  // {
      skipWhitespace()
      let name = word(until: [",", "}"])
      skipWhitespace()
      guard peek() == "," else {
        if peek() == "}" { i += 1 }
        return
      }
      i += 1
      skipWhitespace()
      let type = word(until: [",", "}"])
      skipWhitespace()
      guard peek() == "," else {
        if peek() == "}" { i += 1 }
        return
      }
      i += 1
      switch type {
      case "plural", "selectordinal", "select":
        let index = complex.count
        complex.append(ComplexArgument(offset: start, name: name, type: type, selectors: []))
        complex[index].selectors = subMessages(depth: depth, inPlural: type != "select")
      default:
        style()
      }
    }

    /// `selector {message}` pairs (and `offset:n`) through the argument's `}`.
    mutating func subMessages(depth: Int, inPlural: Bool) -> [String] {
      var selectors: [String] = []
      while true {
        skipWhitespace()
        guard let c = peek() else { return selectors }
        if c == "}" {
          i += 1
          return selectors
        }
        if c == "{" {
          i += 1
          message(depth: depth + 1, inPlural: inPlural)
          flush()
          if peek() == "}" { i += 1 }
          continue
        }
        // A selector (one, =0, other) or offset:1.
        let token = word(until: ["{", "}"])
        if token.isEmpty {
          i += 1
        } else if !token.hasPrefix("offset:") {
          selectors.append(token)
        }
      }
    }

    /// A simple argument's style (or a choice body) through the argument's `}`, not literal text.
    mutating func style() {
      var nesting = 0
      while let c = peek() {
        i += 1
        if c == "'" {
          while let q = peek() {
            i += 1
            if q == "'" { break }
          }
        } else if c == "{" {
          nesting += 1
        } else if c == "}" {
          if nesting == 0 { return }
          nesting -= 1
        }
      }
    }
  }
}
