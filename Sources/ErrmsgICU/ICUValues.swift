// Plain values of the ICU layer. No pointers here: everything that touches the
// C shim lives in ICUShim.swift.

/// A value passed to a pattern argument. Values are data: never parsed as pattern syntax.
///
/// Text containing `{`, `}`, `'` or `#` appears in the output exactly as given.
package enum ICUArgumentValue: Sendable, Equatable {
  /// Text, formatted as is (and the only kind a `select` argument accepts).
  case string(String)
  /// An integer, for `plural`, `selectordinal`, `number`, … or a bare `{n}`.
  case int(Int64)
  /// A floating-point number.
  case double(Double)
  /// A point in time, for `date`/`time` arguments (milliseconds since 1970-01-01T00:00Z).
  case date(millisecondsSince1970: Double)
}

/// Where and why a pattern failed to compile (ICU's UParseError + UErrorCode).
package struct ICUPatternError: Error, Sendable, Equatable {
  /// ICU error name, e.g. "U_UNMATCHED_BRACES".
  package var status: String
  /// Offset of the error in the pattern, counted in Unicode scalars; -1 if unknown.
  package var offset: Int
  /// 1-based line inside the pattern (lines end at "\n"); 0 if the offset is unknown.
  package var line: Int
  /// 1-based column in Unicode scalars; 0 if the offset is unknown.
  package var column: Int
  /// A sentence for people, e.g. "unmatched braces near '{count, plural' (line 1, column 15)".
  package var message: String

  package init(status: String, offset: Int, line: Int, column: Int, message: String) {
    self.status = status
    self.offset = offset
    self.line = line
    self.column = column
    self.message = message
  }
}

/// A failure while formatting (ICU status name + sentence).
///
/// Besides ICU's own names, `status` can be "U_ARGUMENT_MISSING" (the pattern uses an
/// argument that was not given) or "U_ARGUMENT_TYPE_MISMATCH" (text for a numeric or date
/// argument, or a number for a `select`); `argument` then names the argument.
package struct ICUFormatError: Error, Sendable, Equatable {
  /// ICU error name, e.g. "U_ARGUMENT_MISSING" or "U_ILLEGAL_ARGUMENT_ERROR".
  package var status: String
  /// A sentence for people.
  package var message: String
  /// The argument at fault, when the failure is about one argument.
  package var argument: String?

  package init(status: String, message: String, argument: String? = nil) {
    self.status = status
    self.message = message
    self.argument = argument
  }
}

/// One argument occurrence in a pattern as ICU's MessagePattern sees it, for linting translations.
package struct ICUArgumentUse: Sendable, Equatable {
  /// How the argument is formatted.
  package enum Kind: String, Sendable {
    /// `{name, type[, style]}`, e.g. `{n, number, integer}`.
    case simple
    /// `{n, plural, …}`.
    case plural
    /// `{n, selectordinal, …}`.
    case selectordinal
    /// `{s, select, …}`.
    case select
    /// `{n, choice, …}` (legacy).
    case choice
    /// A bare `{name}`.
    case none
  }

  /// The argument name, or its number for `{0}`-style arguments.
  package var name: String
  /// How the argument is formatted.
  package var kind: Kind
  /// For simple arguments, the type word: "number", "date", "time", "spellout", "ordinal",
  /// "duration"; nil for every other kind.
  package var style: String?
  /// Selectors in pattern order: plural/selectordinal/select keywords such as
  /// ["=0", "one", "other"]; for choice arguments the limits as written, e.g. ["0", "1"];
  /// empty otherwise.
  package var keywords: [String]
  /// Offset of the argument's `{` in the pattern, in Unicode scalars.
  package var offset: Int

  package init(name: String, kind: Kind, style: String?, keywords: [String], offset: Int) {
    self.name = name
    self.kind = kind
    self.style = style
    self.keywords = keywords
    self.offset = offset
  }
}

// MARK: - Error sentences (pure Swift)

extension ICUPatternError {
  /// Builds the error for a failure at `offset` (Unicode scalars, -1 = unknown) in `pattern`.
  init(status: String, scalarOffset reported: Int, in pattern: String) {
    let what = Self.describe(status)
    var offset = reported
    let unclosed =
      status == "U_PATTERN_SYNTAX_ERROR" || status == "U_UNMATCHED_BRACES"
      ? Self.unclosedBrace(in: pattern) : nil
    // ICU reports unmatched braces at offset 0; point at the brace instead.
    if status == "U_UNMATCHED_BRACES", reported == 0, let unclosed {
      offset = unclosed
    }
    guard offset >= 0 else {
      self.init(status: status, offset: -1, line: 0, column: 0, message: what)
      return
    }
    var line = 1
    var column = 1
    var before: [Unicode.Scalar] = []
    var after: [Unicode.Scalar] = []
    var index = 0
    for scalar in pattern.unicodeScalars {
      if index < offset {
        if scalar == "\n" {
          line += 1
          column = 1
          before.removeAll(keepingCapacity: true)
        } else {
          column += 1
          before.append(scalar)
        }
      } else if scalar == "\n" || after.count >= 12 {
        break
      } else {
        after.append(scalar)
      }
      index += 1
    }
    let context = before.suffix(20) + after
    var text = ""
    text.unicodeScalars.append(contentsOf: context)
    let near = text.isEmpty ? "" : " near '\(text)'"
    var hint = ""
    if let open = unclosed, open != offset {
      let (openLine, openColumn) = Self.position(of: open, in: pattern)
      hint = "; the '{' at line \(openLine), column \(openColumn) is never closed"
    }
    self.init(
      status: status, offset: offset, line: line, column: column,
      message: "\(what)\(near) (line \(line), column \(column))\(hint)")
  }

  /// 1-based line and column (in scalars) of a scalar offset.
  static func position(of offset: Int, in pattern: String) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for (index, scalar) in pattern.unicodeScalars.enumerated() {
      if index >= offset { break }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }

  /// Scalar offset of the outermost '{' that is never closed, following ICU's default
  /// apostrophe rules (`''` is an apostrophe; `'` quotes only before `{`, `}`, `#` or `|`).
  static func unclosedBrace(in pattern: String) -> Int? {
    let scalars = Array(pattern.unicodeScalars)
    var open: [Int] = []
    var quoting = false
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      if scalar == "'" {
        if next == "'" {
          index += 2
          continue
        }
        if quoting {
          quoting = false
        } else if let next, "{}#|".unicodeScalars.contains(next) {
          quoting = true
        }
      } else if !quoting {
        if scalar == "{" {
          open.append(index)
        } else if scalar == "}", !open.isEmpty {
          open.removeLast()
        }
      }
      index += 1
    }
    return open.first
  }

  /// A short phrase for an ICU parse/format status.
  static func describe(_ status: String) -> String {
    switch status {
    case "U_UNMATCHED_BRACES": "unmatched braces"
    case "U_PATTERN_SYNTAX_ERROR": "syntax error"
    case "U_ILLEGAL_ARGUMENT_ERROR": "invalid argument syntax or unknown argument type"
    case "U_INDEX_OUTOFBOUNDS_ERROR": "argument name or number too long"
    case "U_DEFAULT_KEYWORD_MISSING": "plural/select argument has no 'other' branch"
    case "U_DUPLICATE_KEYWORD": "the same selector appears twice"
    case "U_UNDEFINED_KEYWORD": "unknown plural keyword"
    case "U_NUMBER_SKELETON_SYNTAX_ERROR": "invalid number skeleton"
    case "U_ARGUMENT_TYPE_MISMATCH": "the pattern mixes named and numbered arguments"
    case "U_MULTIPLE_DECIMAL_SEPARATORS", "U_MULTIPLE_EXPONENTIAL_SYMBOLS",
      "U_MULTIPLE_PERCENT_SYMBOLS", "U_MULTIPLE_PERMILL_SYMBOLS", "U_MULTIPLE_PAD_SPECIFIERS",
      "U_ILLEGAL_PAD_POSITION", "U_UNEXPECTED_TOKEN":
      "invalid number pattern"
    case "U_UNKNOWN_TIME_ZONE": "unknown time zone id"
    case "ERRMSG_PATTERN_TOO_LONG": "the pattern is longer than \(PatternLimits.maximumScalars) characters"
    case "ERRMSG_PATTERN_TOO_DEEP": "braces nested deeper than \(PatternLimits.maximumDepth) levels"
    case "ERRMSG_PATTERN_TOO_MANY_ARGUMENTS": "more than \(PatternLimits.maximumBraces) braces (arguments and branches)"
    default: "ICU rejected the pattern (\(status))"
    }
  }
}

/// A piece of a pattern cut at its top-level arguments (see
/// ``ICUPattern/pieces(in:)``): literal text, or one whole argument.
package struct ICUPatternPiece: Sendable, Equatable {
  /// The piece as written in the pattern (a pattern of its own).
  package var pattern: String
  /// The arguments it uses: none for literal text; for an argument its own
  /// name first, then those of arguments nested in its branches.
  package var argumentNames: [String]
  /// For a piece that is one `{name, date|time, ::skeleton}`: the skeleton.
  package var dateSkeleton: String?

  package init(pattern: String, argumentNames: [String] = [], dateSkeleton: String? = nil) {
    self.pattern = pattern
    self.argumentNames = argumentNames
    self.dateSkeleton = dateSkeleton
  }
}
