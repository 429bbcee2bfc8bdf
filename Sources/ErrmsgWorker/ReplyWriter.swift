import ErrmsgModel

/// Writes the reply wrapper around results and errors:
/// `{"id":…,"ok":true,"result":{…}}` and
/// `{"id":…,"ok":false,"error":{"kind":…,"message":…}}`, one per line.
enum ReplyWriter {
  /// `{"id":<id>,"ok":true,"result":` — the result object and ``endSuccess(_:)`` follow.
  /// `id` is the raw JSON of the id in `bytes` (`null` when nil).
  @inline(__always)
  static func beginSuccess(id: Range<Int>?, of bytes: Span<UInt8>, into out: inout JSONWriter) {
    out.append("{\"id\":")
    if let id { out.append(bytes.extracting(id)) } else { out.append("null") }
    out.append(",\"ok\":true,\"result\":")
  }

  @inline(__always)
  static func endSuccess(_ out: inout JSONWriter) {
    out.append("}\n")
  }

  /// A whole error reply line without an id.
  static func error(_ e: ReplyError, into out: inout JSONWriter) {
    error(e, id: nil, of: Span(), into: &out)
  }

  /// A whole error reply line; `id` is the raw JSON of the id in `bytes` (`null` when nil).
  static func error(
    _ e: ReplyError, id: Range<Int>?, of bytes: Span<UInt8>, into out: inout JSONWriter
  ) {
    out.append("{\"id\":")
    if let id { out.append(bytes.extracting(id)) } else { out.append("null") }
    out.append(",\"ok\":false,\"error\":{\"kind\":")
    out.string(e.kind)
    out.append(",\"message\":")
    out.string(e.message)
    out.append("}}\n")
  }
}
