/// What one server message changes in a code's result: nothing (no argument
/// could be read from it), the `detail` and `arguments` values, or, should a
/// text other than the detail use the arguments, the whole result.
final class VariablePart {
  enum Kind {
    case none, values, whole
  }

  let kind: Kind
  /// For `.whole`: the result's own template (with its detail and arguments).
  let template: ResultTemplate?
  /// For `.values`: the detail (`null` or a JSON string), then the arguments object.
  let storage: [UInt8]
  /// Where the detail ends and the arguments begin in `storage`.
  private let detailCount: Int

  private init(
    kind: Kind, template: ResultTemplate?, detailJSON: [UInt8] = [], argumentsJSON: [UInt8] = []
  ) {
    self.kind = kind
    self.template = template
    self.storage = detailJSON + argumentsJSON
    self.detailCount = detailJSON.count
  }

  /// Where the detail is in ``storage``.
  var detailJSON: Range<Int> { 0..<detailCount }
  /// Where the arguments object is in ``storage``.
  var argumentsJSON: Range<Int> { detailCount..<storage.count }

  /// No argument was found: the template's own values apply.
  static func none() -> VariablePart { VariablePart(kind: .none, template: nil) }

  /// A detail (`null` or a JSON string) and an arguments object, for the template.
  static func values(detailJSON: [UInt8], argumentsJSON: [UInt8]) -> VariablePart {
    VariablePart(kind: .values, template: nil, detailJSON: detailJSON, argumentsJSON: argumentsJSON)
  }

  /// A whole result of its own.
  static func whole(_ template: ResultTemplate) -> VariablePart {
    VariablePart(kind: .whole, template: template)
  }
}
