import { describe, expect, it } from "vitest";
import { escapeHtml, escapeXml, oneLine, w3cDateTime, xmlChars } from "./text";

describe("XML text", () => {
  it("removes every character XML 1.0 forbids and keeps the rest", () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("");
    expect(xmlChars(`a${controls}b`)).toBe("a\t\n\rb");
    expect(xmlChars("x\uFFFE\uFFFFy")).toBe("xy");
    // unpaired surrogates go, a real pair (an emoji) stays
    expect(xmlChars("\uD800a\uDC00b😀")).toBe("ab😀");
    expect(xmlChars("École « 2026 » – l’ENSP\u00a0!")).toBe("École « 2026 » – l’ENSP\u00a0!");
  });

  it("folds one-line values", () => {
    expect(oneLine("  Titre\n\tsur\r\ndeux lignes\u0007 ")).toBe("Titre sur deux lignes");
  });

  it("escapes markup for XML and for HTML", () => {
    const hostile = `</script><script>alert(1)</script> ]]> & "q" 'a'\u0000`;
    expect(escapeXml(hostile)).toBe("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;q&quot; &apos;a&apos;");
    expect(escapeHtml(hostile)).toBe("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;q&quot; &#39;a&#39;");
  });

  it("writes W3C datetimes in UTC with a time zone", () => {
    expect(w3cDateTime(new Date("2021-10-15T09:30:00+02:00"))).toBe("2021-10-15T07:30:00Z");
    expect(w3cDateTime("2026-11-26T10:00:00.123Z")).toBe("2026-11-26T10:00:00Z");
    expect(() => w3cDateTime("pas une date")).toThrow(RangeError);
  });
});
