import { describe, expect, it } from "vitest";
import { legacyPathOfUrl, normaliseLegacyPath, splitLegacySuffix } from "./legacy-path";

describe("an old site's address, normalised", () => {
  it("meets the same row decoded or encoded, with or without the slash, in any case", () => {
    const forms = ["/2022/05/17/Remise-des-diplômes/", "/2022/05/17/remise-des-dipl%C3%B4mes", "//2022/05/17/remise-des-diplo\u0302mes//"];
    expect(new Set(forms.map((form) => normaliseLegacyPath(form)))).toEqual(new Set(["/2022/05/17/remise-des-diplômes"]));
  });

  it("keeps WordPress's query forms on the root, and nothing else of a query", () => {
    expect(normaliseLegacyPath("/", "?p=123")).toBe("/?p=123");
    expect(normaliseLegacyPath("/index.php", "?page_id=12&foo=bar")).toBe("/?page_id=12");
    expect(normaliseLegacyPath("/", "?tag=Sécurité")).toBe("/?tag=sécurité");
    expect(normaliseLegacyPath("/", "?utm_source=x")).toBeNull();
    expect(normaliseLegacyPath("/")).toBeNull();
    expect(normaliseLegacyPath("/", "?p=1%27%20OR%201=1")).toBeNull();
    expect(normaliseLegacyPath("/category/formation/", "?p=3")).toBe("/category/formation");
  });

  it("refuses what was never a permalink", () => {
    expect(normaliseLegacyPath("relative/path")).toBeNull();
    expect(normaliseLegacyPath("/a%5Cb")).toBeNull();
    expect(normaliseLegacyPath("/a%0Ab")).toBeNull();
    expect(normaliseLegacyPath(`/${"a".repeat(3000)}`)).toBeNull();
    // A malformed escape is kept as written rather than refused.
    expect(normaliseLegacyPath("/100%-reussite/")).toBe("/100%-reussite");
  });

  it("reads the path of a full URL of the old site", () => {
    expect(legacyPathOfUrl("https://www.ecole.example/2022/05/17/remise/")).toBe("/2022/05/17/remise");
    expect(legacyPathOfUrl("http://www.ecole.example/?p=42")).toBe("/?p=42");
    expect(legacyPathOfUrl("https://www.ecole.example/blog/category/vie-de-l-ecole/")).toBe("/blog/category/vie-de-l-ecole");
  });
});

describe("what WordPress put after an archive's address", () => {
  it("finds feeds and later pages, and leaves other paths whole", () => {
    expect(splitLegacySuffix("/feed")).toEqual({ base: "", feed: "rss", page: null });
    expect(splitLegacySuffix("/feed/atom")).toEqual({ base: "", feed: "atom", page: null });
    expect(splitLegacySuffix("/category/sorties/feed/rss2")).toEqual({ base: "/category/sorties", feed: "rss", page: null });
    expect(splitLegacySuffix("/tag/rentree/page/3")).toEqual({ base: "/tag/rentree", feed: null, page: 3 });
    expect(splitLegacySuffix("/page/2")).toEqual({ base: "", feed: null, page: 2 });
    expect(splitLegacySuffix("/2022/05/17/un-article")).toEqual({ base: "/2022/05/17/un-article", feed: null, page: null });
    expect(splitLegacySuffix("/page/0")).toEqual({ base: "/page/0", feed: null, page: null });
  });
});
