/// A parsed JSON value that remembers where it came from.
///
/// Every node keeps the byte offset of its first character so that a
/// diagnostic can point a translator at `file:line:column` (see ``LineMap``).
/// Objects keep their members in source order and keep duplicate keys, so
/// that a linter can report them.
package struct JSONNode: Sendable, Equatable {
  /// The value itself.
  package var value: JSONValue
  /// Byte offset of the value's first character in the source.
  package var offset: Int

  package init(_ value: JSONValue, offset: Int) {
    self.value = value
    self.offset = offset
  }
}

extension JSONNode {
  /// The node with every offset in it moved by `delta` (a value parsed out of
  /// a copy of its bytes, placed back where it stands in its file).
  package func shifted(by delta: Int) -> JSONNode {
    switch value {
    case .array(let items): JSONNode(.array(items.map { $0.shifted(by: delta) }), offset: offset + delta)
    case .object(let members):
      JSONNode(
        .object(
          members.map { JSONMember(key: $0.key, keyOffset: $0.keyOffset + delta, node: $0.node.shifted(by: delta)) }),
        offset: offset + delta)
    default: JSONNode(value, offset: offset + delta)
    }
  }
}

/// One member of a JSON object, in source order.
package struct JSONMember: Sendable, Equatable {
  package var key: String
  /// Byte offset of the key's opening quote.
  package var keyOffset: Int
  package var node: JSONNode

  package init(key: String, keyOffset: Int, node: JSONNode) {
    self.key = key
    self.keyOffset = keyOffset
    self.node = node
  }
}

/// The JSON data model (RFC 8259).
package indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// A number, kept as its exact source text (`-12`, `1.5e3`).
  case number(String)
  case string(String)
  case array([JSONNode])
  case object([JSONMember])

  /// A short name of the value's type, for error messages ("an object", "a string").
  package var kindDescription: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// The string, if this is a string.
  package var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The members, if this is an object.
  package var members: [JSONMember]? {
    if case .object(let m) = self { return m }
    return nil
  }

  /// The first member named `key`, if this is an object that has one.
  package subscript(key: String) -> JSONNode? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.node
  }

  /// The number as an exact integer, if it is one that fits in 64 bits.
  package var int64Value: Int64? {
    guard case .number(let text) = self else { return nil }
    if let v = Int64(text) { return v }
    // 1e3 or 2.0: integral doubles within the exactly representable range.
    guard let d = Double(text), d > -9.007_199_254_740_992e15, d < 9.007_199_254_740_992e15 else {
      return nil
    }
    let i = Int64(d)
    return Double(i) == d ? i : nil
  }

  /// The number as a double, if this is a number.
  package var doubleValue: Double? {
    guard case .number(let text) = self else { return nil }
    return Double(text)
  }
}
