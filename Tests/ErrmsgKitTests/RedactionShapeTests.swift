import Testing

@testable import ErrmsgKit

/// F3: every credential shape of the security review (and those that held
/// before), as data: the message in, exactly what `serverMessage` shows.
@Suite struct RedactionShapeTests {
  static let shapes: [(message: String, redacted: String)] = [
    // Held before the review.
    ("bad key AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "bad key AKIDz8kr****"),
    ("?SecretId=AKIDz8krbsJ5yKBZQpn74W&Signature=2230eefd229f", "?SecretId=AKIDz8kr****&Signature=****"),
    ("SecretKey=Gu5t9xGARNpq86cd98joQYCN3 rest", "SecretKey=**** rest"),
    ("secret_key: Gu5t9xGARNpq86cd", "secret_key: ****"),
    ("X-TC-Token: TOKENq7Zk2mW9xR4", "X-TC-Token: ****"),
    ("Token=TOKENq7Zk2mW9xR4; next", "Token=****; next"),
    (
      "Authorization: TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74W/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd",
      "Authorization: ****;host, Signature=****"
    ),
    (#"{"Authorization":"TC3-HMAC-SHA256 Credential=x, Signature=y"}"#, #"{"Authorization":"****"}"#),
    ("签名失败 SecretKey: Gu5t9xGARNpq86cd", "签名失败 SecretKey: ****"),
    ("secretKey='Gu5t9xGARNpq86cd'", "secretKey='****'"),
    ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9", "Authorization: ****"),
    // The review's misses (F3).
    (
      "url=https%3A%2F%2Fcvm.tencentcloudapi.com%3FSecretId%3DAKIDz8krbsJ5yKBZQpn74W%26Signature%3D2230eefd229f%26Nonce%3D1",
      "url=https%3A%2F%2Fcvm.tencentcloudapi.com%3FSecretId%3DAKIDz8kr****%26Signature%3D****%26Nonce%3D1"
    ),
    ("Signature%3D2230eefd229f582d8b1b", "Signature%3D****"),
    (
      #"{"TmpSecretId":"AKIDz8krbsJ5yKBZQpn74W","TmpSecretKey":"Gu5t9xGARNpq86cd","Token":"TOKq7Zk2mW9"}"#,
      #"{"TmpSecretId":"AKIDz8kr****","TmpSecretKey":"****","Token":"****"}"#
    ),
    ("{'Token': 'TOKq7Zk2mW9', 'TmpSecretKey': 'Gu5t9xGARNpq86cd'}", "{'Token': '****', 'TmpSecretKey': '****'}"),
    ("x-cos-security-token: TOKENq7Zk2mW9xR4", "x-cos-security-token: ****"),
    (
      "q-sign-algorithm=sha1&q-ak=AKIDz8krbsJ5yKBZQpn74W&q-key-time=1&q-signature=2230eefd229f",
      "q-sign-algorithm=sha1&q-ak=AKIDz8kr****&q-key-time=1&q-signature=****"
    ),
    ("SecurityToken=TOKq7Zk2mW9&access_token=ya29.a0AfH6", "SecurityToken=****&access_token=****"),
    ("secretid=akidz8krbsj5ykbzqpn74w", "secretid=akidz8kr****"),
    ("keyAKIDz8krbsJ5yKBZQpn74W", "keyAKIDz8kr****"),
    // Found by the redactor fuzzer: a SecretId that starts inside a URL-encoded separator.
    ("x=%%3AKIDz8krbsJ5yKBZQpn74W'}", "x=%%3AKIDz8kr****'}"),
    ("secret-key=Gu5t9xGARNpq86cd", "secret-key=****"),
    ("密钥 SecretKey：Gu5t9xGARNpq86cd，请检查", "密钥 SecretKey：****，请检查"),
    ("Token＝TOKq7Zk2mW9。", "Token＝****。"),
    ("Signature\t=2230eefd229f", "Signature\t=****"),
    ("Token:\nTOKq7Zk2mW9\nnext line", "Token:\n****\nnext line"),
    ("[secretKey] => Gu5t9xGARNpq86cd\n", "[secretKey] => ****\n"),
    ("Password: correct horse battery", "Password: ****"),
    (#"Token="abc\"TOKq7Zk2mW9" rest"#, #"Token="****" rest"#),
    // Not credentials: left alone.
    (
      "Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900",
      "Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900"
    ),
    ("The parameter `Token` is missing", "The parameter `Token` is missing"),
    ("AKID12 too short", "AKID12 too short"),
    ("https://cvm.tencentcloudapi.com", "https://cvm.tencentcloudapi.com"),
  ]

  @Test func everyShapeIsRedacted() {
    for (message, redacted) in Self.shapes {
      #expect(Redactor.redact(message) == redacted, "\(message)")
      // The worker's precheck never rules out what redact changes.
      let bytes = Array(message.utf8)
      let may = Redactor.mayRedact(bytes.span)
      if Redactor.redact(message) != message { #expect(may, "\(message)") }
    }
  }

  @Test func serverMessageAndValuesShowNoSecret() {
    for (message, redacted) in Self.shapes {
      let m = MessageCatalog.embedded.localized(
        TencentCloudError(code: "AuthFailure.SignatureFailure", serverMessage: message), locale: "en-US")
      #expect(m.serverMessage == redacted)
    }
  }

  @Test func redactionIsIdempotent() {
    for (message, _) in Self.shapes {
      let once = Redactor.redact(message)
      #expect(Redactor.redact(once) == once, "\(message)")
    }
  }
}

extension RedactionShapeTests {
  /// The worker's precheck (``Redactor/mayRedact(_:)``) never rules out a text
  /// that `redact` changes, for random mixes of the shapes' pieces.
  @Test func thePrecheckNeverMissesANewShape() {
    var state: UInt64 = 11
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    let parts = [
      "akid", "AKIDz8krbsJ5yKBZ", "akidz8krbsj5", "Token", "tmpsecretkey", "x-cos-security-token", "q-signature",
      "Password", "%3D", "%3a", "%26", "：", "＝", "=>", "=", ":", " ", "\t", "\n", "\"", "'", "]", "\\", "abc", "中",
      "，", "&", "a1",
    ]
    for _ in 0..<20000 {
      var text = ""
      for _ in 0..<(1 + next() % 7) { text += parts[Int(next() % UInt64(parts.count))] }
      let bytes = Array(text.utf8)
      let may = Redactor.mayRedact(bytes.span)
      if !may { #expect(Redactor.redact(text) == text, "\(text)") }
    }
  }
}

extension RedactionShapeTests {
  /// Found by the envelope fuzzer: a code-like name glued to a secret's value
  /// (`AuthFailure.SiToken=…`) was read as the code, and the value, cut from
  /// its name, reached `serverMessage` unredacted. Such a name is not a code.
  @Test func aSecretNameGluedToItsValueIsNotReadAsACode() {
    for text in [
      #"log: {"Code": "AuthFailure.SiToken=TOKq7Zk2mW9xR4pL1n"#,
      "AuthFailure.SessionToken:TOKq7Zk2mW9xR4pL1n rest",
      "[TencentCloudSDKException] code:AuthFailure.Password=TOKq7Zk2mW9xR4pL1n message:x",
    ] {
      if case .success(let r) = ErrorInputReader.read(Array(text.utf8)) {
        for case .error(let e) in r.items {
          let m = MessageCatalog.embedded.localized(
            TencentCloudError(code: ErrorCode(e.code), serverMessage: e.message, requestId: e.requestId),
            locale: "en-US")
          #expect(!m.jsonText.contains("q7Zk2mW9"), "\(text) → \(m.jsonText)")
        }
      }
    }
    // A code followed by a space, or by Chinese text after a full-width colon, is still a code.
    for (text, message) in [
      ("FailedOperation.InvalidToken: the token expired", "the token expired"),
      ("ERROR FailedOperation.InvalidToken：令牌无效", "令牌无效"),
    ] {
      guard case .success(let r) = ErrorInputReader.read(Array(text.utf8)), case .error(let e)? = r.items.first
      else {
        Issue.record("not recognized: \(text)")
        continue
      }
      #expect(e.code == "FailedOperation.InvalidToken")
      #expect(e.message == message)
    }
  }
}
