import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLASSIC_BODY, EVERY_CASE, everyCaseExport, everyCaseInput, fixtureItem, GUTENBERG_BODY, inChunks } from "@/tests/fixtures/wordpress";
import { readWxr, readWxrFile, type WxrEvent, type WxrInput, type WxrItem } from ".";

async function readAll(input: WxrInput): Promise<WxrEvent[]> {
  const events: WxrEvent[] = [];
  for await (const event of readWxr(input)) events.push(event);
  return events;
}

function itemsById(events: WxrEvent[]): Map<number, WxrItem> {
  return new Map(events.flatMap((event) => (event.kind === "item" ? [[event.item.postId, event.item] as const] : [])));
}

const everyCase = await readAll(inChunks(everyCaseExport(), 64 * 1024));
const item = (postId: number): WxrItem => {
  const found = itemsById(everyCase).get(postId);
  if (!found) throw new Error(`no item ${postId}`);
  return found;
};

describe("readWxr on everyCaseExport()", () => {
  it("yields the site, then the authors, the terms and every item, in file order", () => {
    expect(everyCase.map((event) => (event.kind === "item" ? event.item.postId : event.kind))).toEqual([
      "site", "author", "author", "author", "term", "term", "term", "term", "term", "term", "term",
      101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 120, 121, 130, 131, 140, 150,
    ]);
  });

  it("reads the site, with the entity of its title decoded", () => {
    expect(everyCase[0]).toEqual({
      kind: "site",
      site: {
        title: "École Exemple & associés — Kiosque de test",
        link: "https://ecole.example.test",
        baseSiteUrl: "https://ecole.example.test",
        baseBlogUrl: "https://ecole.example.test",
        language: "fr-FR",
        wxrVersion: "1.2",
      },
    });
  });

  it("reads the authors, the one without an email included", () => {
    expect(everyCase.filter((event) => event.kind === "author").map((event) => event.author)).toEqual([
      { id: 1, login: "direction", email: "direction@ecole.example.test", displayName: "La direction", firstName: "Camille", lastName: "Exemple" },
      { id: 2, login: "prof-arts", email: "", displayName: "Professeur d'arts plastiques", firstName: "", lastName: "" },
      { id: 3, login: "redaction-eleves", email: "eleves@ecole.example.test", displayName: "Rédaction des élèves & CM2", firstName: "", lastName: "" },
    ]);
  });

  it("reads categories with their parent, tags with non-Latin names and other taxonomies' terms", () => {
    expect(everyCase.filter((event) => event.kind === "term").map((event) => event.term)).toEqual([
      { id: 1, taxonomy: "category", slug: "non-classe", name: "Non classé", parentSlug: "", description: "" },
      { id: 10, taxonomy: "category", slug: "vie-de-l-ecole", name: "Vie de l'école", parentSlug: "", description: "Les nouvelles de l'école" },
      { id: 11, taxonomy: "category", slug: "sorties", name: "Sorties & voyages", parentSlug: "vie-de-l-ecole", description: "Classes de découverte <b>et</b> sorties" },
      { id: 20, taxonomy: "post_tag", slug: "rentree", name: "Rentrée", parentSlug: "", description: "" },
      { id: 21, taxonomy: "post_tag", slug: "%d8%a7%d9%84%d8%b9%d8%b1%d8%a8%d9%8a%d8%a9", name: "العربية", parentSlug: "", description: "" },
      { id: 22, taxonomy: "post_tag", slug: "%e4%b8%ad%e6%96%87", name: "中文", parentSlug: "", description: "" },
      { id: 30, taxonomy: "nav_menu", slug: "menu-principal", name: "Menu principal", parentSlug: "", description: "" },
    ]);
  });

  it("reads each item's type, status, slug, dates, parent and order", () => {
    const rows = [...itemsById(everyCase).values()].map((i) => [i.postId, i.postType, i.status, i.postName, i.postDate, i.postDateGmt, i.parentId, i.menuOrder, i.isSticky]);
    expect(rows).toEqual([
      [101, "post", "publish", "kermesse-de-l-ecole", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, false],
      [102, "post", "publish", "retour-en-images", "2022-05-18 17:05:00", "2022-05-18 15:05:00", 0, 0, false],
      [103, "post", "future", "rentree-2031", "2031-09-01 08:00:00", "2031-09-01 06:00:00", 0, 0, false],
      [104, "post", "draft", "", "2022-05-20 11:00:00", "0000-00-00 00:00:00", 0, 0, false],
      [105, "post", "pending", "atelier-peinture", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, false],
      [106, "post", "private", "note-au-conseil-d-ecole", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, false],
      [107, "post", "trash", "sortie-annulee__trashed", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, false],
      [108, "post", "auto-draft", "", "2022-05-21 10:00:00", "0000-00-00 00:00:00", 0, 0, false],
      [109, "post", "publish", "inscriptions-a-la-cantine", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, true],
      [110, "post", "publish", "menu-de-la-semaine", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, false],
      [111, "post", "publish", "%d8%ad%d9%81%d9%84-%d9%86%d9%87%d8%a7%d9%8a%d8%a9-%d8%a7%d9%84%d8%b3%d9%86%d8%a9-%d8%a7%d9%84%d8%af%d8%b1%d8%a7%d8%b3%d9%8a%d8%a9", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, false],
      [112, "post", "publish", "%e5%ad%a6%e6%a0%a1%e5%bc%80%e6%94%be%e6%97%a5", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, false],
      [113, "post", "publish", "alert1", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, false],
      [114, "post", "publish", "titre-piege-2", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, false],
      [115, "post", "publish", "changement-d-heure-printemps", "2022-03-27 03:30:00", "2022-03-27 01:30:00", 0, 0, false],
      [116, "post", "publish", "changement-d-heure-automne", "2022-10-30 02:30:00", "2022-10-30 01:30:00", 0, 0, false],
      [120, "attachment", "inherit", "kermesse", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 102, 0, false],
      [121, "attachment", "inherit", "photo-disparue", "2019-01-10 14:00:00", "2019-01-10 13:00:00", 0, 0, false],
      [130, "page", "publish", "informations-pratiques", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 0, false],
      [131, "page", "publish", "horaires", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 130, 1, false],
      [140, "nav_menu_item", "publish", "140", "2022-05-17 09:30:00", "2022-05-17 07:30:00", 0, 1, false],
      [150, "revision", "inherit", "101-revision-v1", "2022-05-17 09:00:00", "2022-05-17 07:00:00", 101, 0, false],
    ]);
    expect(item(EVERY_CASE.gutenberg).modifiedGmt).toBe("2022-05-19 08:00:00");
    expect(item(EVERY_CASE.draft).modifiedGmt).toBe("2022-05-20 09:00:00");
  });

  it("has its Paris dates right on both sides of a DST change (the fixture's own check)", () => {
    const paris = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "medium" });
    for (const id of [EVERY_CASE.springDst, EVERY_CASE.autumnDst, EVERY_CASE.classic]) {
      expect(paris.format(new Date(`${item(id).postDateGmt.replace(" ", "T")}Z`))).toBe(item(id).postDate);
    }
  });

  it("keeps bodies verbatim: a `]]>` split across CDATA sections joined, HTML entities left as HTML", () => {
    expect(everyCaseExport()).toContain("il contient ]]]]><![CDATA[> et doit");
    expect(item(EVERY_CASE.classic).content).toBe(CLASSIC_BODY);
    expect(item(EVERY_CASE.classic).content).toContain("<code>a[b[0]]>c</code> : il contient ]]> et doit traverser");
    expect(item(EVERY_CASE.classic).content).toContain("samedi&nbsp;dernier. Merci à Tom &amp; Léa !");
    expect(item(EVERY_CASE.classic).content).toContain('[gallery ids="120,121" columns="2"]');
    expect(item(EVERY_CASE.gutenberg).content).toBe(GUTENBERG_BODY);
    expect(item(EVERY_CASE.gutenberg).content).toContain('<a href="https://ecole.example.test/2022/05/17/kermesse-de-l-ecole/">la kermesse</a>');
    expect(item(EVERY_CASE.gutenberg).content).toContain('<a href="/?p=101">ici</a>');
    expect(item(EVERY_CASE.autoDraft).content).toBe("");
  });

  it("reads excerpts, an astral character included, and an empty one as empty", () => {
    expect(item(EVERY_CASE.classic).excerpt).toBe("Une belle journée & des stands pour tous 🎉");
    expect(item(EVERY_CASE.noExcerpt).excerpt).toBe("");
    expect(item(EVERY_CASE.image).excerpt).toBe("Le stand de chamboule-tout");
  });

  it("reads non-Latin and hostile titles exactly as written", () => {
    expect(item(EVERY_CASE.arabicTitle).title).toBe("حفل نهاية السنة الدراسية");
    expect(item(EVERY_CASE.chineseTitle).title).toBe("学校开放日");
    expect(item(EVERY_CASE.scriptTitle).title).toBe("<script>alert(1)</script>");
    expect(item(EVERY_CASE.attributeTitle).title).toBe('"><img src=x onerror=alert(1)>');
    expect(item(EVERY_CASE.menuItem).title).toBe("");
  });

  it("reads an item's categories, tags and menu with their taxonomy, slug and name", () => {
    expect(item(EVERY_CASE.classic).categories).toEqual([
      { taxonomy: "category", slug: "sorties", name: "Sorties & voyages" },
      { taxonomy: "post_tag", slug: "rentree", name: "Rentrée" },
    ]);
    expect(item(EVERY_CASE.arabicTitle).categories).toEqual([{ taxonomy: "post_tag", slug: "%d8%a7%d9%84%d8%b9%d8%b1%d8%a8%d9%8a%d8%a9", name: "العربية" }]);
    expect(item(EVERY_CASE.menuItem).categories).toEqual([{ taxonomy: "nav_menu", slug: "menu-principal", name: "Menu principal" }]);
    expect(item(EVERY_CASE.draft).categories).toEqual([]);
  });

  it("reads post meta in file order, and skips comment meta and a plugin's elements", () => {
    expect(item(EVERY_CASE.classic).meta).toEqual([{ key: "_edit_last", value: "1" }]);
    expect(item(EVERY_CASE.gutenberg).meta).toEqual([{ key: "_thumbnail_id", value: "120" }]);
    expect(item(EVERY_CASE.sticky).meta).toEqual([{ key: "_thumbnail_id", value: "121" }]);
    expect(item(EVERY_CASE.image).meta).toEqual([
      { key: "_wp_attached_file", value: "2022/05/kermesse.jpg" },
      { key: "_wp_attachment_metadata", value: 'a:4:{s:5:"width";i:800;s:6:"height";i:533;s:4:"file";s:20:"2022/05/kermesse.jpg";s:10:"image_meta";a:0:{}}' },
      { key: "_wp_attachment_image_alt", value: "Des enfants au stand de chamboule-tout" },
    ]);
    expect(item(EVERY_CASE.missingImage).meta).toEqual([{ key: "_wp_attached_file", value: "2019/01/photo-disparue.jpg" }]);
    expect(item(EVERY_CASE.page).meta).toEqual([{ key: "_wp_page_template", value: "default" }]);
    expect(item(EVERY_CASE.menuItem).meta.map((meta) => meta.key)).toEqual([
      "_menu_item_type", "_menu_item_menu_item_parent", "_menu_item_object_id", "_menu_item_object", "_menu_item_target", "_menu_item_classes", "_menu_item_xfn", "_menu_item_url",
    ]);
    expect(item(EVERY_CASE.menuItem).meta[2]).toEqual({ key: "_menu_item_object_id", value: "130" });
  });

  it("reads attachment URLs for attachments only, and the rest of the item's fields", () => {
    expect(item(EVERY_CASE.image)).toMatchObject({
      attachmentUrl: "https://ecole.example.test/wp-content/uploads/2022/05/kermesse.jpg",
      guid: "https://ecole.example.test/wp-content/uploads/2022/05/kermesse.jpg",
      link: "https://ecole.example.test/2022/05/18/retour-en-images/kermesse/",
      commentStatus: "open",
    });
    expect(item(EVERY_CASE.missingImage).attachmentUrl).toBe("https://ecole.example.test/wp-content/uploads/2019/01/photo-disparue.jpg");
    expect(item(EVERY_CASE.classic)).toMatchObject({ attachmentUrl: "", creator: "direction", link: "https://ecole.example.test/2022/05/17/kermesse-de-l-ecole/", guid: "https://ecole.example.test/?p=101" });
    expect(item(EVERY_CASE.pending).creator).toBe("prof-arts");
    expect(item(EVERY_CASE.page).guid).toBe("https://ecole.example.test/?page_id=130");
  });

  it("has every item written by one of its authors", () => {
    const logins = everyCase.flatMap((event) => (event.kind === "author" ? [event.author.login] : []));
    expect(new Set([...itemsById(everyCase).values()].map((i) => i.creator))).toEqual(new Set(["direction", "prof-arts", "redaction-eleves"]));
    expect(logins).toEqual(["direction", "prof-arts", "redaction-eleves"]);
  });

  it("gives back every item of the fixture, field for field", () => {
    const { items } = everyCaseInput();
    expect([...itemsById(everyCase).values()]).toEqual(items.map((fixture, index) => fixtureItem(fixture, index)));
  });

  it.each([
    ["text, one character at a time", 1, "text"],
    ["text, 7 characters at a time", 7, "text"],
    ["bytes, 5 at a time (cutting through multi-byte characters)", 5, "bytes"],
    ["bytes, 4 KiB at a time", 4096, "bytes"],
  ] as const)("yields the same events from %s", async (_label, size, as) => {
    expect(await readAll(inChunks(everyCaseExport(), size, as))).toEqual(everyCase);
  });

  it("reads a file through readWxrFile", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "kiosque-wxr-"));
    try {
      const file = path.join(folder, "export.xml");
      await writeFile(file, everyCaseExport());
      const events: WxrEvent[] = [];
      for await (const event of readWxrFile(file)) events.push(event);
      expect(events).toEqual(everyCase);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

/**
 * Written by hand, not by the fixture builder, so that the builder and the reader cannot share a
 * mistake: an older WordPress's habits (WXR 1.1, titles escaped rather than in CDATA, categories
 * repeated without a domain, `domain="tag"`), padding, term meta, and things no WordPress writes
 * but a plugin or a hand might (an undeclared prefix, an HTML entity outside CDATA).
 */
const HANDWRITTEN = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<!-- generator="WordPress/3.4" created="2012-06-01 10:00" -->
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.1/">
<channel>
  <title>L&#8217;&eacute;cole &amp; ses amis</title>
  <link>https://ancien.example.test</link>
  <language>fr-FR</language>
  <wp:wxr_version> 1.1 </wp:wxr_version>
  <wp:base_site_url>https://ancien.example.test</wp:base_site_url>
  <wp:base_blog_url>https://ancien.example.test/blog</wp:base_blog_url>
  <wp:author><wp:author_login>ancien</wp:author_login><wp:author_email>ancien@example.test</wp:author_email><wp:author_display_name><![CDATA[L'ancien]]></wp:author_display_name><wp:author_first_name><![CDATA[]]></wp:author_first_name><wp:author_last_name><![CDATA[]]></wp:author_last_name></wp:author>
  <wp:category><wp:term_id>4</wp:term_id><wp:category_nicename>actus</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Actus]]></wp:cat_name>
    <wp:termmeta><wp:meta_key>couleur</wp:meta_key><wp:meta_value><![CDATA[bleu]]></wp:meta_value></wp:termmeta></wp:category>
  <wp:tag><wp:term_id>5</wp:term_id><wp:tag_slug>fete</wp:tag_slug><wp:tag_name><![CDATA[Fête]]></wp:tag_name></wp:tag>
  <item>
    <title>Caf&eacute; des parents &#8211; &hearts; &amp; co</title>
    <link>https://ancien.example.test/blog/?p=42&amp;lang=fr</link>
    <dc:creator>ancien</dc:creator>
    <guid isPermaLink="false">https://ancien.example.test/blog/?p=42</guid>
    <content:encoded><![CDATA[<p>Avant ]]]]><![CDATA[> après</p>]]>&lt;!-- fin --&gt;</content:encoded>
    <excerpt:encoded><![CDATA[  Espaces gardés  ]]></excerpt:encoded>
    <wp:post_id>
      42
    </wp:post_id>
    <wp:post_date>2012-05-31 20:15:00</wp:post_date>
    <wp:post_date_gmt>2012-05-31 18:15:00</wp:post_date_gmt>
    <wp:comment_status>open</wp:comment_status>
    <wp:post_name> cafe-des-parents </wp:post_name>
    <wp:status>publish</wp:status>
    <wp:post_parent>0</wp:post_parent>
    <wp:menu_order>-1</wp:menu_order>
    <wp:post_type>post</wp:post_type>
    <wp:is_sticky>0</wp:is_sticky>
    <category><![CDATA[Actus]]></category>
    <category domain="category" nicename="actus"><![CDATA[Actus]]></category>
    <category domain="tag" nicename="fete"><![CDATA[Fête]]></category>
    <plugin:extra><wp:meta_key>piège</wp:meta_key></plugin:extra>
    <wp:postmeta><wp:meta_key>_edit_last</wp:meta_key><wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta>
  </item>
</channel>
</rss>
`;

describe("readWxr on an export written by hand, the way older WordPress versions wrote them", () => {
  it("reads it all, decoding entities and trimming only identifiers", async () => {
    expect(await readAll(inChunks(HANDWRITTEN, 3))).toEqual([
      {
        kind: "site",
        site: { title: "L’école & ses amis", link: "https://ancien.example.test", baseSiteUrl: "https://ancien.example.test", baseBlogUrl: "https://ancien.example.test/blog", language: "fr-FR", wxrVersion: "1.1" },
      },
      { kind: "author", author: { id: null, login: "ancien", email: "ancien@example.test", displayName: "L'ancien", firstName: "", lastName: "" } },
      { kind: "term", term: { id: 4, taxonomy: "category", slug: "actus", name: "Actus", parentSlug: "", description: "" } },
      { kind: "term", term: { id: 5, taxonomy: "post_tag", slug: "fete", name: "Fête", parentSlug: "", description: "" } },
      {
        kind: "item",
        item: {
          postId: 42, postType: "post", status: "publish", title: "Café des parents – &hearts; & co", link: "https://ancien.example.test/blog/?p=42&lang=fr",
          guid: "https://ancien.example.test/blog/?p=42", creator: "ancien", content: "<p>Avant ]]> après</p><!-- fin -->", excerpt: "  Espaces gardés  ",
          postName: "cafe-des-parents", postDate: "2012-05-31 20:15:00", postDateGmt: "2012-05-31 18:15:00", modifiedGmt: "", parentId: 0, menuOrder: -1,
          isSticky: false, commentStatus: "open", attachmentUrl: "",
          categories: [{ taxonomy: "category", slug: "actus", name: "Actus" }, { taxonomy: "post_tag", slug: "fete", name: "Fête" }],
          meta: [{ key: "_edit_last", value: "1" }],
        },
      },
    ]);
  });

  it("reads an export with no items, authors or terms: the site alone", async () => {
    const empty = HANDWRITTEN.replace(/<wp:author>[\s\S]*<\/item>/, "");
    const events = await readAll(inChunks(empty, 100));
    expect(events.map((event) => event.kind)).toEqual(["site"]);
  });
});
