/// A request line as the fast scanner found it: byte ranges into the line,
/// every string plain (no escapes) and valid UTF-8.
///
/// Only the common shapes get here: a bare envelope
/// `{"Response":{"Error":{"Code":…,"Message":…},"RequestId":…}}` or a request
/// `{"id":…,"locale":…,"product":…,"envelope":{…}}` whose envelope has that shape.
struct ScannedRequest {
  /// The raw JSON text of `"id"` (any value), when the line is a wrapped request that has one.
  var id: Range<Int>?
  /// The content of the `"locale"` string, when given.
  var locale: Range<Int>?
  /// The content of the `"product"` string, when given.
  var product: Range<Int>?
  /// The content of the `"Code"` string (never empty).
  var code: Range<Int>
  /// The content of the `"Message"` string, when given.
  var message: Range<Int>?
  /// The content of the `"RequestId"` string, when given.
  var requestId: Range<Int>?
  /// Whether ``message`` holds a DEL byte (0x7F); false when there is no message.
  var messageHasDEL: Bool
  /// Whether ``requestId`` holds a DEL byte (0x7F); false when there is no request ID.
  var requestIdHasDEL: Bool
}
