/// Writes the reply wrapper around results and errors:
/// `{"id":…,"ok":true,"result":{…}}` and
/// `{"id":…,"ok":false,"error":{"kind":…,"message":…}}`, one per line.
enum ReplyWriter {
  /// `{"id":<id>,"ok":true,"result":` — the result object and ``endSuccess(_:)`` follow.
  @inline(__always)
  static func beginSuccess(id: UnsafeBufferPointer<UInt8>?, into out: ByteBuffer) {
    out.append("{\"id\":")
    if let id { out.append(id) } else { out.append("null") }
    out.append(",\"ok\":true,\"result\":")
  }

  @inline(__always)
  static func endSuccess(_ out: ByteBuffer) {
    out.append("}\n")
  }

  /// A whole error reply line.
  static func error(_ e: ReplyError, id: UnsafeBufferPointer<UInt8>?, into out: ByteBuffer) {
    out.append("{\"id\":")
    if let id { out.append(id) } else { out.append("null") }
    out.append(",\"ok\":false,\"error\":{\"kind\":")
    JSONString.append(e.kind, to: out)
    out.append(",\"message\":")
    JSONString.append(e.message, to: out)
    out.append("}}\n")
  }

  /// A JSON string whose content is `content`: valid UTF-8 that needed no
  /// escapes in the request, so only DEL (which is written escaped) can differ.
  @inline(__always)
  static func plainString(_ content: UnsafeBufferPointer<UInt8>, into out: ByteBuffer) {
    if let base = content.baseAddress,
      ByteSearch.first(0x7F, in: base, from: 0, to: content.count) != nil
    {
      JSONString.append(utf8: content, to: out)
      return
    }
    out.append(UInt8(ascii: "\""))
    out.append(content)
    out.append(UInt8(ascii: "\""))
  }

  /// A JSON string of any text.
  static func string(_ text: String, into out: ByteBuffer) {
    JSONString.append(text, to: out)
  }
}
