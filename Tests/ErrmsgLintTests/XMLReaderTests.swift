import ErrmsgLint
import Testing

/// The small XML reader: what translation tools send, and what it refuses.
@Suite struct XMLReaderTests {
  func parse(_ text: String) throws -> XMLElement {
    try XMLReader.parse(Array(text.utf8))
  }

  func text(_ e: XMLElement) -> String {
    e.children.map { if case .text(let s, _) = $0 { s } else { "" } }.joined()
  }

  @Test func elementsAttributesEntitiesAndCDATA() throws {
    let root = try parse(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment -->
      <r xmlns="urn:x" xmlns:m="urn:m" a='1 &amp; 2' b="&quot;q&quot;">
        <t xml:space="preserve">a &lt; b &gt; c &amp; &apos;d&apos; &#65;&#x4E2D;<![CDATA[<raw> & ]]>end</t>
        <m:x/><?pi data?>
      </r>
      """)
    #expect(root.name == "r" && root.namespace == "urn:x")
    #expect(root.attribute("a") == "1 & 2")
    #expect(root.attribute("b") == "\"q\"")
    let t = try #require(root.elements("t", namespace: "urn:x").first)
    #expect(text(t) == "a < b > c & 'd' A中<raw> & end")
    #expect(t.attribute("space", namespace: XMLReader.xmlNamespace) == "preserve")
    #expect(root.elements("x", namespace: "urn:m").count == 1)
  }

  @Test func lineEndsAndAttributeWhitespaceAreNormalized() throws {
    let root = try parse("<r a=\"x\ty\nz\">1\r\n2\r3&#13;</r>")
    #expect(root.attribute("a") == "x y z")
    #expect(text(root) == "1\n2\n3\r")
  }

  @Test(arguments: [
    ("<r><a></b></r>", "does not match"),
    ("<r>&nbsp;</r>", "unknown entity"),
    ("<!DOCTYPE r [<!ENTITY x \"y\">]><r/>", "DOCTYPE"),
    ("<r>&#0;</r>", "not a character"),
    ("<p:r/>", "not bound"),
    ("<r a=\"1\" a=\"2\"/>", "twice"),
    ("<r>a & b</r>", "'&'"),
    ("<r/><s/>", "after the root"),
    ("<r>", "never closed"),
    ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r/>", "only UTF-8"),
    ("<r>\u{1}</r>", "not allowed"),
    ("", "no root"),
  ])
  func refusals(input: String, expected: String) {
    #expect {
      try XMLReader.parse(Array(input.utf8))
    } throws: { error in
      (error as? XMLSyntaxError)?.message.contains(expected) == true
    }
  }

  @Test func errorOffsets() {
    do throws(XMLSyntaxError) {
      _ = try XMLReader.parse(Array("<r>\n  <a></b>\n</r>".utf8))
      Issue.record("accepted a mismatched tag")
    } catch {
      #expect(error.offset == 9)
    }
  }
}
