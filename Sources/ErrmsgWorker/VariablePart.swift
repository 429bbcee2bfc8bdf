/// What one server message changes in a code's result: nothing (no argument
/// could be read from it), the `detail` and `arguments` values, or, should a
/// text other than the detail use the arguments, the whole result.
///
/// A class holding its bytes in one allocation, so using it costs one
/// reference count, however many bytes it holds.
final class VariablePart {
  enum Kind {
    case none, values, whole
  }

  let kind: Kind
  /// For `.whole`: the result's own template (with its detail and arguments).
  let template: ResultTemplate?
  private let storage: UnsafeMutablePointer<UInt8>
  private let detailCount: Int
  private let argumentsCount: Int

  private init(kind: Kind, template: ResultTemplate?, detail: [UInt8], arguments: [UInt8]) {
    self.kind = kind
    self.template = template
    detailCount = detail.count
    argumentsCount = arguments.count
    storage = .allocate(capacity: max(1, detail.count + arguments.count))
    storage.initialize(from: detail, count: detail.count)
    (storage + detail.count).initialize(from: arguments, count: arguments.count)
  }

  deinit { storage.deallocate() }

  /// No argument was found: the template's own values apply.
  static func none() -> VariablePart { VariablePart(kind: .none, template: nil, detail: [], arguments: []) }

  /// A detail (`null` or a JSON string) and an arguments object for the template.
  static func values(detailJSON: [UInt8], argumentsJSON: [UInt8]) -> VariablePart {
    VariablePart(kind: .values, template: nil, detail: detailJSON, arguments: argumentsJSON)
  }

  /// A whole result of its own.
  static func whole(_ template: ResultTemplate) -> VariablePart {
    VariablePart(kind: .whole, template: template, detail: [], arguments: [])
  }

  var detailJSON: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: detailCount) }
  var argumentsJSON: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: storage + detailCount, count: argumentsCount)
  }
}
