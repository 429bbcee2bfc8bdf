/// The key of the lookup caches: a code, a product, a locale (a cache leaves
/// the parts it doesn't use empty).
///
/// One type for the result cache, the registry's resolutions and the locale
/// files loaded, on purpose: the first use of each `Hashable` key type in a
/// dictionary costs a search of every protocol conformance in the process
/// (about 0.1 ms in an app linking Foundation), and a program's first message
/// met one per type.
struct LookupKey: Hashable, Sendable {
  var code: String
  var product: String?
  var locale: String

  init(code: String = "", product: String?, locale: String = "") {
    self.code = code
    self.product = product
    self.locale = locale
  }
}
