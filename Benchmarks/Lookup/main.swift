// errmsg-lookup-bench: how long MessageCatalog.localized takes in an app.
//
//   swift run -c release errmsg-lookup-bench [--rounds N] [--first-call-only]
//
// Prints, for the embedded catalog:
// - the first call (the catalog and the texts it touches are read then);
// - warm calls, nanoseconds per call: the median of N rounds, each round a pass
//   over a fixed mix of codes (common, TKE, official-tier, unknown sub-codes)
//   in en-US, zh-CN and zh-TW;
// `--first-call-only` stops after the first call (for a profiler such as callgrind).
// - the same mix on 1 and on 4 threads: calls per second.
import ErrmsgKit
import Foundation

var rounds = 31
var firstCallOnly = false
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
  if a == "--rounds", let n = args.popFirst().flatMap(Int.init) { rounds = max(3, n) }
  if a == "--first-call-only" { firstCallOnly = true }
}

let clock = ContinuousClock()
func nanoseconds(_ d: Duration) -> Double {
  Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) / 1e9
}

let firstStart = clock.now
let first = MessageCatalog.localized(code: "AuthFailure.SignatureExpire", locale: "zh-CN")
let firstCall = clock.now - firstStart
precondition(!first.message.isEmpty)
if firstCallOnly {
  print("first call: \(String(format: "%.2f", nanoseconds(firstCall) / 1e6)) ms")
  exit(0)
}

// The mix: what an app meets. Products as the SDKs name them.
let lookups: [(code: String, product: String?)] = [
  ("AuthFailure.SignatureExpire", nil), ("AuthFailure.SecretIdNotFound", nil), ("RequestLimitExceeded", nil),
  ("InternalError", nil), ("InvalidParameterValue", nil), ("ResourceNotFound", nil),
  ("FailedOperation.ClusterNotFound", "tke"), ("InternalError.CidrInvali", "tke"),
  ("InternalError.UnexpectedInternal", "tke"), ("LimitExceeded", "tke"), ("ResourceUnavailable.ClusterState", "tke"),
  ("InvalidParameter.Param", "tke"), ("InternalError.SomethingNew", nil), ("FailedOperation.Whatever", "tke"),
  ("ResourceNotFound.InstanceNotFound", "cvm"), ("InvalidZone.MismatchRegion", "cvm"),
  ("UnauthorizedOperation", nil), ("LimitExceeded.InstanceQuota", "cvm"),
]
let locales = ["en-US", "zh-CN", "zh-TW"]

func pass() -> Int {
  var bytes = 0
  for l in locales {
    for (code, product) in lookups {
      bytes &+= MessageCatalog.localized(code: code, product: product, locale: l).message.utf8.count
    }
  }
  return bytes
}

// Warm every entry, then time rounds.
var sink = pass()
var perCall: [Double] = []
let callsPerPass = lookups.count * locales.count
for _ in 0..<rounds {
  let start = clock.now
  for _ in 0..<200 { sink &+= pass() }
  perCall.append(nanoseconds(clock.now - start) / Double(200 * callsPerPass))
}
perCall.sort()

func throughput(threads: Int, seconds: Double) -> Double {
  let counts = (0..<threads).map { _ in Counter() }
  let deadline = clock.now + .milliseconds(Int(seconds * 1000))
  DispatchQueue.concurrentPerform(iterations: threads) { t in
    var n = 0
    var s = 0
    while clock.now < deadline {
      s &+= pass()
      n += callsPerPass
    }
    counts[t].set(n, s)
  }
  return Double(counts.reduce(0) { $0 + $1.calls }) / seconds
}

final class Counter: @unchecked Sendable {
  var calls = 0
  var sink = 0
  func set(_ n: Int, _ s: Int) {
    calls = n
    sink = s
  }
}

let one = throughput(threads: 1, seconds: 1)
let four = throughput(threads: 4, seconds: 1)

print("first call:                    \(String(format: "%.2f", nanoseconds(firstCall) / 1e6)) ms")
print(
  "warm localized(code:product:locale:): median \(String(format: "%.0f", perCall[perCall.count / 2])) ns/call"
    + " (min \(String(format: "%.0f", perCall[0])), max \(String(format: "%.0f", perCall[perCall.count - 1])), \(rounds) rounds of \(200 * callsPerPass) calls)"
)
print("1 thread:  \(String(format: "%.2f", one / 1e6)) M calls/s")
print(
  "4 threads: \(String(format: "%.2f", four / 1e6)) M calls/s (\(String(format: "%.2f", four / one))× one thread, \(ProcessInfo.processInfo.activeProcessorCount) cores)"
)
if sink == 42 { print("") }
