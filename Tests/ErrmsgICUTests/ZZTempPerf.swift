import ErrmsgICU
import Testing
import Foundation

@Test func tempPerfAndPrint() throws {
  print(try ICUTransliterator(id: "Hans-Hant").transliterate("简体中文的签名已过期，请检查设备时钟。"))
  for p in ["{n, plural, one {x}", "Hello {name", "{n, plural, one {x}}", "Total: {n, number, ::bogus-stem}", "{n, frobnicate}", "x {n, date, ::yMMMdQQQQQQQQ}"] {
    do { _ = try ICUMessageFormat(pattern: p, locale: "en") } catch { print(error) }
  }
  let m = try ICUMessageFormat(pattern: "{n, plural, one {# file} other {# files}} in {dir}", locale: "en")
  do { _ = try m.format(["n": .int(1)]) } catch { print(error) }
  do { _ = try m.format(["n": .string("x"), "dir": .string("d")]) } catch { print(error) }
  let args: [(name: String, value: ICUArgumentValue)] = [(name: "n", value: .int(3)), (name: "dir", value: .string("/tmp"))]
  let simple = try ICUMessageFormat(pattern: "Signature for {name} expired {count} times", locale: "en")
  let sargs: [(name: String, value: ICUArgumentValue)] = [(name: "name", value: .string("cvm")), (name: "count", value: .int(3))]
  for (label, fmt, a) in [("plural+string", m, args), ("simple 2 args", simple, sargs)] {
    var total = 0
    for _ in 0..<10_000 { total &+= try fmt.format(a).utf8.count }
    let n = 200_000
    let t0 = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<n { total &+= try fmt.format(a).utf8.count }
    let t1 = DispatchTime.now().uptimeNanoseconds
    print("\(label): \(Double(t1 - t0) / Double(n)) ns per format (\(total))")
  }
  let d: [String: ICUArgumentValue] = ["n": .int(3), "dir": .string("/tmp")]
  let n = 200_000
  let t0 = DispatchTime.now().uptimeNanoseconds
  var total = 0
  for _ in 0..<n { total &+= try m.format(d).utf8.count }
  let t1 = DispatchTime.now().uptimeNanoseconds
  print("dict: \(Double(t1 - t0) / Double(n)) ns per format (\(total))")
}
