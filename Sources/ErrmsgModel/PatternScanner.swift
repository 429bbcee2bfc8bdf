/// Splits an ICU MessageFormat pattern into literal text and syntax, keeping
/// every offset, for tools that look at what a reader sees (lint's punctuation
/// checks) or rewrite it (pseudo-locales).
///
/// Follows ICU's MessagePattern with its default apostrophe mode
/// (DOUBLE_OPTIONAL): `''` is one apostrophe; a `'` before `{`, `}` (or `#` in a
/// plural sub-message) starts quoted literal text up to the next single `'`;
/// any other `'` is an apostrophe. Meant for patterns ICU has accepted; on a
/// broken pattern it returns what it could read. Offsets count Unicode scalars.
package struct PatternScanner {
  /// One piece of a pattern.
  package struct Segment: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
      /// Plain literal text: the source scalars are what a reader sees.
      case text
      /// Literal text written with apostrophe quoting (`''`, `'{'`).
      case quoted
      /// Argument syntax, selectors, `#`: not text.
      case syntax
    }

    package var kind: Kind
    /// Where the segment stands in the pattern.
    package var range: Range<Int>
    /// For text and quoted segments, what a reader sees, with each character's offset.
    package var visible: [(offset: Int, scalar: Unicode.Scalar)]

    package static func == (a: Segment, b: Segment) -> Bool {
      a.kind == b.kind && a.range == b.range && a.visible.map(\.scalar) == b.visible.map(\.scalar)
        && a.visible.map(\.offset) == b.visible.map(\.offset)
    }
  }

  /// A `plural`, `selectordinal` or `select` argument and its selectors.
  package struct ComplexArgument: Sendable, Equatable {
    /// Offset of the argument's `{`.
    package var offset: Int
    package var name: String
    package var type: String
    package var selectors: [String]
  }

  /// The pattern's scalars.
  package let scalars: [Unicode.Scalar]
  /// The pieces of the pattern, in order; their ranges cover it without gaps.
  package private(set) var segments: [Segment] = []
  /// The plural, selectordinal and select arguments, in pattern order.
  package private(set) var complexArguments: [ComplexArgument] = []

  private var i = 0

  /// Sub-messages nested deeper than this are not scanned: the rest of the
  /// pattern is one syntax segment. ICU refuses such patterns anyway (deeper than
  /// 32 levels), and scanning them would exhaust the stack.
  package static let maximumDepth = 64

  /// Scans a pattern.
  package init(_ pattern: String) {
    scalars = Array(pattern.unicodeScalars)
    message(depth: 0, inPlural: false)
    if i < scalars.count { emit(.syntax, from: i, to: scalars.count) }
    complexArguments.sort { $0.offset < $1.offset }
  }

  /// Runs of literal text (plain or quoted), split wherever syntax stands.
  package var literalRuns: [[(offset: Int, scalar: Unicode.Scalar)]] {
    var runs: [[(offset: Int, scalar: Unicode.Scalar)]] = []
    var current: [(offset: Int, scalar: Unicode.Scalar)] = []
    for segment in segments {
      if segment.kind == .syntax {
        if !current.isEmpty { runs.append(current) }
        current = []
      } else {
        current += segment.visible
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  /// The source text of a segment.
  package func source(of segment: Segment) -> String.UnicodeScalarView {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[segment.range])
    return view
  }

  // MARK: - Scanning

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    i + offset < scalars.count ? scalars[i + offset] : nil
  }

  /// Adds a segment, merging it into the previous one of the same kind.
  private mutating func emit(
    _ kind: Segment.Kind, from start: Int, to end: Int, visible: [(offset: Int, scalar: Unicode.Scalar)] = []
  ) {
    guard end > start else { return }
    if var last = segments.last, last.kind == kind, last.range.upperBound == start {
      last.range = last.range.lowerBound..<end
      last.visible += visible
      segments[segments.count - 1] = last
    } else {
      segments.append(Segment(kind: kind, range: start..<end, visible: visible))
    }
  }

  /// Message text up to the `}` closing a sub-message (left unread) or the end.
  private mutating func message(depth: Int, inPlural: Bool) {
    while let c = peek() {
      switch c {
      case "'":
        let next = peek(1)
        if next == "'" {
          emit(.quoted, from: i, to: i + 2, visible: [(i, "'")])
          i += 2
        } else if let next, next == "{" || next == "}" || (inPlural && next == "#") {
          quoted()
        } else {
          emit(.text, from: i, to: i + 1, visible: [(i, c)])
          i += 1
        }
      case "{":
        argument(depth: depth)
      case "}":
        if depth > 0 { return }
        emit(.text, from: i, to: i + 1, visible: [(i, c)])
        i += 1
      case "#" where inPlural:
        emit(.syntax, from: i, to: i + 1)
        i += 1
      default:
        emit(.text, from: i, to: i + 1, visible: [(i, c)])
        i += 1
      }
    }
  }

  /// Quoted literal text from the opening `'` through the closing one.
  private mutating func quoted() {
    let start = i
    i += 1
    var visible: [(offset: Int, scalar: Unicode.Scalar)] = []
    while let c = peek() {
      if c == "'" {
        if peek(1) == "'" {
          visible.append((i, "'"))
          i += 2
          continue
        }
        i += 1
        break
      }
      visible.append((i, c))
      i += 1
    }
    emit(.quoted, from: start, to: i, visible: visible)
  }

  private mutating func skipWhitespace() {
    while let c = peek(), c.properties.isPatternWhitespace { i += 1 }
  }

  /// A token up to white space or one of `stops`.
  private mutating func word(until stops: Set<Unicode.Scalar>) -> String {
    var out = ""
    while let c = peek(), !stops.contains(c), !c.properties.isPatternWhitespace {
      out.unicodeScalars.append(c)
      i += 1
    }
    return out
  }

  /// An argument from its `{` through its `}`; sub-messages are scanned as messages.
  private mutating func argument(depth: Int) {
    let start = i
    guard depth < Self.maximumDepth else {
      emit(.syntax, from: i, to: scalars.count)
      i = scalars.count
      return
    }
    var syntaxStart = i
    i += 1  // {
    skipWhitespace()
    let name = word(until: [",", "}"])
    guard comma(orEndArgumentFrom: syntaxStart) else { return }
    skipWhitespace()
    let type = word(until: [",", "}"])
    guard comma(orEndArgumentFrom: syntaxStart) else { return }
    guard type == "plural" || type == "selectordinal" || type == "select" else {
      style()
      emit(.syntax, from: syntaxStart, to: i)
      return
    }
    let index = complexArguments.count
    complexArguments.append(ComplexArgument(offset: start, name: name, type: type, selectors: []))
    while true {
      skipWhitespace()
      guard let c = peek() else { break }
      if c == "}" {
        i += 1
        break
      }
      if c == "{" {
        i += 1
        emit(.syntax, from: syntaxStart, to: i)
        message(depth: depth + 1, inPlural: type != "select")
        syntaxStart = i
        if peek() == "}" { i += 1 }
        continue
      }
      // A selector (one, =0, other) or offset:1.
      let token = word(until: ["{", "}"])
      if token.isEmpty {
        i += 1
      } else if !token.hasPrefix("offset:") {
        complexArguments[index].selectors.append(token)
      }
    }
    emit(.syntax, from: syntaxStart, to: i)
  }

  /// Reads the `,` after an argument's name or type; when there is none the
  /// argument ends here (its `}` is read) and its syntax from `start` is emitted.
  private mutating func comma(orEndArgumentFrom start: Int) -> Bool {
    skipWhitespace()
    if peek() == "," {
      i += 1
      return true
    }
    if peek() == "}" { i += 1 }
    emit(.syntax, from: start, to: i)
    return false
  }

  /// A simple argument's style (or a choice body) through the argument's `}`.
  private mutating func style() {
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
