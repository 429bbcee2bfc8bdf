package import ErrmsgModel

/// The names errmsg's XLIFF 2.0 documents use, and how translation states map.
///
/// | Locales file `state` | XLIFF segment `state` | read back as   |
/// |----------------------|-----------------------|----------------|
/// | `new`                | `initial`             | `new`          |
/// | `needs-review`       | `translated`          | `needs-review` |
/// | `translated`         | `final`               | `translated`   |
/// | (a tool's) —         | `reviewed`            | `translated`   |
///
/// An entry's state on import is the least advanced state of its segments
/// that have a `<target>`.
package enum XLIFFVocabulary {
  /// The XLIFF 2.0 core namespace.
  package static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
  /// Unit ids for the `ui` labels are this prefix plus the label key (`:ui.hint`);
  /// a colon can never start an error code.
  package static let uiUnitPrefix = ":ui."
  /// The unit id of the `unknown` entry.
  package static let unknownUnitID = ":unknown"
  /// The segment id of a `ui` label's unit.
  package static let uiSegmentID = "text"
  /// The segments of an entry, in file order.
  package static let entryFields = ["message", "hint", "detail"]
  /// Note categories: the source locale's note for translators, the code's
  /// arguments, and the target file's own note (the only one imported).
  package static let sourceNoteCategory = "description"
  package static let argumentsNoteCategory = "arguments"
  package static let targetNoteCategory = "translator"

  /// XLIFF segment states in order of progress.
  package enum SegmentState: String, Sendable, CaseIterable, Comparable {
    case initial, translated, reviewed, final

    package static func < (a: Self, b: Self) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The XLIFF state for a Locales file state.
    package init(_ state: TranslationState) {
      switch state {
      case .new: self = .initial
      case .needsReview: self = .translated
      case .translated: self = .final
      }
    }

    /// The Locales file state for an XLIFF state.
    package var translationState: TranslationState {
      switch self {
      case .initial: .new
      case .translated: .needsReview
      case .reviewed, .final: .translated
      }
    }
  }
}
