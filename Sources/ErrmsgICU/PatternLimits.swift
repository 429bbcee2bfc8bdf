/// The limits a pattern must stay within before ICU sees it.
///
/// ICU's MessagePattern parses nested arguments recursively (40,000 levels
/// overflow the stack), and every `{x, date, …}` placeholder builds a date
/// format of its own (20,000 of them take 1.2 GB). The shipped texts use at
/// most 2 levels, 6 braces and 285 characters; the limits leave ample room
/// and are checked by every way into ICU (``ICUMessageFormat`` and
/// ``ICUPattern``), so lint reports a pattern beyond them with its position
/// and the runtime falls back from it, as from any pattern that does not compile.
package enum PatternLimits {
  /// The longest pattern, in Unicode scalars.
  package static let maximumScalars = 16_384
  /// The deepest brace nesting (a plural inside a plural is 4 levels).
  package static let maximumDepth = 32
  /// The most opening braces in all (arguments and plural/select branches).
  package static let maximumBraces = 256

  /// The error compiling `pattern` gives when it passes a limit; nil within them.
  /// Braces are counted as ICU reads them: `''` is an apostrophe, and `'`
  /// quotes only before `{`, `}`, `#` or `|`.
  package static func violation(in pattern: String) -> ICUPatternError? {
    var depth = 0
    var braces = 0
    var quoting = false
    var index = 0
    var iterator = pattern.unicodeScalars.makeIterator()
    var next = iterator.next()
    while let scalar = next {
      next = iterator.next()
      if index >= maximumScalars {
        return ICUPatternError(status: "ERRMSG_PATTERN_TOO_LONG", scalarOffset: index, in: pattern)
      }
      if scalar == "'" {
        if next == "'" {
          // `''`: one apostrophe, quoting or not.
          next = iterator.next()
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
          depth += 1
          braces += 1
          if depth > maximumDepth {
            return ICUPatternError(status: "ERRMSG_PATTERN_TOO_DEEP", scalarOffset: index, in: pattern)
          }
          if braces > maximumBraces {
            return ICUPatternError(
              status: "ERRMSG_PATTERN_TOO_MANY_ARGUMENTS", scalarOffset: index, in: pattern)
          }
        } else if scalar == "}", depth > 0 {
          depth -= 1
        }
      }
      index += 1
    }
    return nil
  }
}
