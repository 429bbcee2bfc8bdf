/// What one server message changes in a code's result: nothing (no argument
/// could be read from it), the `detail` and `arguments` values, or, should a
/// text other than the detail use the arguments, the whole result.
enum Variation {
  /// No argument was found: the template's own values apply.
  case none
  /// The detail (`null` or a JSON string) at `storage[detail]` and the
  /// arguments object at `storage[arguments]`.
  case values(storage: [UInt8], detail: Range<Int>, arguments: Range<Int>)
  /// A whole result of its own.
  case whole(ResultTemplate)
}
