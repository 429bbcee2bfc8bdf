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

  private init(
    kind: Kind, template: ResultTemplate?,
    bytes: UnsafeBufferPointer<UInt8> = .init(start: nil, count: 0),
    detailCount: Int = 0
  ) {
    self.kind = kind
    self.template = template
    self.detailCount = detailCount
    argumentsCount = bytes.count - detailCount
    storage = .allocate(capacity: max(1, bytes.count))
    if let base = bytes.baseAddress { storage.initialize(from: base, count: bytes.count) }
  }

  deinit { storage.deallocate() }

  /// No argument was found: the template's own values apply.
  static func none() -> VariablePart { VariablePart(kind: .none, template: nil) }

  /// A detail (`null` or a JSON string) followed by an arguments object, for the template.
  static func values(_ bytes: UnsafeBufferPointer<UInt8>, detailCount: Int) -> VariablePart {
    VariablePart(kind: .values, template: nil, bytes: bytes, detailCount: detailCount)
  }

  /// A whole result of its own.
  static func whole(_ template: ResultTemplate) -> VariablePart {
    VariablePart(kind: .whole, template: template)
  }

  var detailJSON: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: storage, count: detailCount)
  }
  var argumentsJSON: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: storage + detailCount, count: argumentsCount)
  }
}
