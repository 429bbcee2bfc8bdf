package import ErrmsgModel

/// Writes JSON in the layout of the shipped Catalog and Locales files, so that
/// a tool's edit changes only the lines it means to change.
///
/// The layout: 2-space indent, one member or element per line, `"key": value`,
/// `{}` and `[]` when empty, non-ASCII text as is (only `"`, `\`, and control
/// characters are escaped, `\n`-style where JSON has a short form, else
/// `\u00XX`), numbers exactly as read, and a final newline.
package enum PrettyJSON {
  /// The document's bytes.
  package static func bytes(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(64 * 1024)
    write(value, indent: 0, to: &out)
    out.append(0x0A)
    return out
  }

  private static func write(_ value: JSONValue, indent: Int, to out: inout [UInt8]) {
    switch value {
    case .null: out += Array("null".utf8)
    case .bool(let b): out += Array((b ? "true" : "false").utf8)
    case .number(let text): out += Array(text.utf8)
    case .string(let s): string(s, to: &out)
    case .array(let items):
      if items.isEmpty {
        out += Array("[]".utf8)
        return
      }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, to: &out)
        write(item.value, indent: indent + 1, to: &out)
      }
      newline(indent, to: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out += Array("{}".utf8)
        return
      }
      out.append(UInt8(ascii: "{"))
      for (i, member) in members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, to: &out)
        string(member.key, to: &out)
        out += Array(": ".utf8)
        write(member.node.value, indent: indent + 1, to: &out)
      }
      newline(indent, to: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(_ indent: Int, to out: inout [UInt8]) {
    out.append(0x0A)
    out += repeatElement(UInt8(ascii: " "), count: indent * 2)
  }

  private static func string(_ s: String, to out: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), b]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), b]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
      case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
      case 0..<0x20:
        out += Array("\\u00".utf8)
        out.append(hex[Int(b >> 4)])
        out.append(hex[Int(b & 0xF)])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

extension JSONMember {
  /// A member built in code (no source position).
  package static func pair(_ key: String, _ value: JSONValue) -> JSONMember {
    JSONMember(key: key, keyOffset: 0, node: JSONNode(value, offset: 0))
  }
}

extension JSONValue {
  /// The value with `key` set: replaced in place when present, else inserted
  /// after the last member that `order` ranks before it (or appended).
  /// Members `order` does not list keep their places.
  package func setting(_ key: String, to value: JSONValue, order: [String] = []) -> JSONValue {
    guard case .object(var members) = self else { return self }
    let node = JSONNode(value, offset: 0)
    if let i = members.firstIndex(where: { $0.key == key }) {
      members[i].node = node
      return .object(members)
    }
    let member = JSONMember(key: key, keyOffset: 0, node: node)
    guard let rank = order.firstIndex(of: key) else {
      members.append(member)
      return .object(members)
    }
    let before = Set(order[..<rank])
    let after = Set(order[(rank + 1)...])
    if let last = members.lastIndex(where: { before.contains($0.key) }) {
      members.insert(member, at: last + 1)
    } else if let first = members.firstIndex(where: { after.contains($0.key) }) {
      members.insert(member, at: first)
    } else {
      members.append(member)
    }
    return .object(members)
  }

  /// The object's member named `key`, if any.
  package func member(_ key: String) -> JSONValue? {
    members?.first { $0.key == key }?.node.value
  }
}
