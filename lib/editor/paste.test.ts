// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "./paste";

// What the clipboard holds when one copies the same passage of the school's interview from each
// program (the shapes are those of Word 365 on Windows, LibreOffice Writer 7 and Google Docs in
// Chrome; styles shortened where they repeat).

const WORD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/claire/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- /* Style Definitions */ p.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:12.0pt; font-family:"Calibri",sans-serif;} --></style>
</head>
<body lang=FR style='tab-interval:35.4pt;word-wrap:break-word'>
<!--StartFragment-->
<h1><span style='mso-fareast-font-family:"Times New Roman"'>Continuum de sécurité<o:p></o:p></span></h1>
<p class=MsoNormal>Réunis à l’ENSP, les <b>23 rédacteurs</b> ont <i>échangé</i>
avec <a href="https://www.interieur.gouv.fr/">le ministère</a>.<o:p></o:p></p>
<h2><span style='mso-fareast-font-family:"Times New Roman"'>Les partenaires<o:p></o:p></span></h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span
style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>La police nationale<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='font-family:"Courier New";mso-fareast-font-family:"Courier New"'><span
style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]>dont la sécurité publique<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>La gendarmerie<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
style='mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Premier point<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
style='mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>2.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Second point<o:p></o:p></p>
<p class=MsoNormal><span style='font-size:14.0pt;line-height:107%;font-family:"Comic Sans MS";color:red'>Texte coloré</span>
et <b style='mso-bidi-font-weight:normal'><span style='color:#2F5496;mso-themecolor:accent1'>gras</span></b>, <span
class=SpellE>souligné</span> <u>à peine</u>.<o:p></o:p></p>
<p class=MsoQuote><i>« Il ne s’agit pas d’un coup de communication. »</i><o:p></o:p></p>
<p class=MsoNormal><img width=602 height=339 src="file:///C:/Users/claire/AppData/Local/Temp/msohtmlclip1/01/clip_image001.jpg" alt="Photo"><a name="_Toc1"></a>Fin.</p>
<!--EndFragment-->
</body>
</html>`;

const LIBREOFFICE = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>
<meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/>
<style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }
h1 { margin-bottom: 0.21cm; background: transparent; page-break-after: avoid } h1.western { font-family: "Liberation Sans", sans-serif; font-size: 18pt }
a:link { color: #000080; so-language: zxx; text-decoration: underline }</style></head>
<body lang="fr-FR" link="#000080" vlink="#800000" dir="ltr"><h1 class="western">Continuum de sécurité</h1>
<p style="line-height: 100%; margin-bottom: 0cm">Réunis à l’ENSP, les <b>23 rédacteurs</b> ont <i>échangé</i> avec <a href="https://www.interieur.gouv.fr/">le ministère</a>.</p>
<h2 class="western">Les partenaires</h2>
<ul>
	<li><p style="margin-bottom: 0cm">La police nationale</p>
	<ul>
		<li><p style="margin-bottom: 0cm">dont la sécurité publique</p></li>
	</ul>
	<li><p style="margin-bottom: 0cm">La gendarmerie</p></li>
</ul>
<ol>
	<li><p style="margin-bottom: 0cm">Premier point</p></li>
	<li><p style="margin-bottom: 0cm">Second point</p></li>
</ol>
<p style="margin-bottom: 0cm"><font color="#c9211e"><font face="Comic Sans MS"><font size="4" style="font-size: 14pt">Texte coloré</font></font></font> et <b>gras</b>, <span style="font-weight: normal"><u>souligné</u></span> <span lang="en-GB"><i><b>à peine</b></i></span>.</p>
<p style="margin-bottom: 0cm"><br/></p>
<table width="100%" cellpadding="4" cellspacing="0"><col width="256*"/><tr valign="top"><td width="100%" style="border: 1px solid #000000; padding: 0.1cm"><p>Une cellule</p></td></tr></table>
<p style="margin-bottom: 0cm"><a href="javascript:alert(1)">Lien piégé</a> et <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p>
</body></html>`;

const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4c3a1b2f-7fff-3e2a-8d3c-1a2b3c4d5e6f"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Continuum de sécurité</span></h1><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Réunis à l’ENSP, les </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">23 rédacteurs</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;">&nbsp;ont </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;font-variant:normal;">échangé</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;font-style:normal;"> avec </span><a href="https://www.google.com/url?q=https://www.interieur.gouv.fr/&amp;sa=D&amp;source=editors&amp;ust=1701000000000000&amp;usg=AOvVaw0" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">le ministère</span></a><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">.</span></p><br><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:normal;">Les partenaires</span></h2><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">La police nationale</span></p></li><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:circle;font-size:11pt;font-family:Arial,sans-serif;font-weight:400;" aria-level="2"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">dont la sécurité publique</span></p></li></ul><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-weight:400;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">La gendarmerie</span></p></li></ul><br><ol style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:decimal;font-size:11pt;font-weight:400;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">Premier point</span></p></li><li dir="ltr" style="list-style-type:decimal;font-size:11pt;font-weight:400;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">Second point</span></p></li></ol><br><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:14pt;font-family:'Comic Sans MS',cursive;color:#ff0000;font-weight:400;">Texte coloré</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;"> et </span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;">gras</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">, </span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;text-decoration:underline;">souligné</span><span style="font-size:11pt;font-weight:400;"> </span><span style="font-size:11pt;font-weight:700;font-style:italic;">à peine</span><span style="font-size:11pt;font-weight:400;">.</span></p><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-weight:400;"><span style="border:none;display:inline-block;overflow:hidden;width:602px;height:339px;"><img src="https://lh7-us.googleusercontent.com/docsz/AD_4nXexample" width="602" height="339" style="margin-left:0px;margin-top:0px;"></span></span></p></b><br class="Apple-interchange-newline">`;

const INTRO =
  '<p>Réunis à l’ENSP, les <strong>23 rédacteurs</strong> ont <em>échangé</em> avec <a href="https://www.interieur.gouv.fr/">le ministère</a>.</p>';
const PARTNERS =
  "<ul><li><p>La police nationale</p><ul><li><p>dont la sécurité publique</p></li></ul></li><li><p>La gendarmerie</p></li></ul>" +
  "<ol><li><p>Premier point</p></li><li><p>Second point</p></li></ol>";

describe("pasting from Word", () => {
  const html = cleanPastedHtml(WORD);

  it("keeps headings (the highest as h2), paragraphs, bold, italic, links and rebuilds its lists", () => {
    expect(html).toBe(
      `<h2>Continuum de sécurité</h2>${INTRO}<h3>Les partenaires</h3>${PARTNERS}` +
        "<p>Texte coloré et <strong>gras</strong>, souligné à peine.</p>" +
        "<p><em>« Il ne s’agit pas d’un coup de communication. »</em></p>" +
        "<p>Fin.</p>",
    );
  });

  it("drops Word's markup: styles, classes, mso- properties, o:p, typed-in bullets, conditional comments, images", () => {
    for (const leftover of ["style=", "class=", "mso-", "o:p", "·", "supportLists", "<span", "<img", "file:", "<!--", "_Toc"]) {
      expect(html).not.toContain(leftover);
    }
  });

  it("starts a numbered list where Word's numbering starts", () => {
    const restart = `<p class=MsoListParagraph style='mso-list:l2 level1 lfo3'><![if !supportLists]><span><span style='mso-list:Ignore'>3.<span>&nbsp; </span></span></span><![endif]>Troisième</p>`;
    expect(cleanPastedHtml(restart)).toBe('<ol start="3"><li><p>Troisième</p></li></ol>');
  });

  it("reads Word's older list markers (a span marked mso-list:Ignore, without the comments)", () => {
    const older = `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>a)<span>&nbsp;&nbsp;</span></span>Un</p><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>b)<span>&nbsp;&nbsp;</span></span>Deux</p>`;
    expect(cleanPastedHtml(older)).toBe("<ol><li><p>Un</p></li><li><p>Deux</p></li></ol>");
  });
});

describe("pasting from LibreOffice", () => {
  const html = cleanPastedHtml(LIBREOFFICE);

  it("keeps the structure and drops fonts, colours, underlines, tables and unsafe links", () => {
    expect(html).toBe(
      `<h2>Continuum de sécurité</h2>${INTRO}<h3>Les partenaires</h3>${PARTNERS}` +
        "<p>Texte coloré et <strong>gras</strong>, souligné <strong><em>à peine</em></strong>.</p>" +
        "<p>Une cellule</p>" +
        "<p>Lien piégé et 1</p>",
    );
  });

  it("leaves no style, font, class, generator meta or javascript: behind", () => {
    for (const leftover of ["style", "<font", "class=", "LibreOffice", "javascript:", "<table", "<td", "<u>"]) expect(html).not.toContain(leftover);
  });
});

describe("pasting from Google Docs", () => {
  const html = cleanPastedHtml(GOOGLE_DOCS);

  it("unwraps the <b style=\"font-weight:normal\"> wrapper instead of making everything bold", () => {
    expect(html.startsWith("<h2>Continuum de sécurité</h2>")).toBe(true);
    expect(html).not.toMatch(/^<strong>/);
  });

  it("keeps weights and italics written as styles, links without Google's redirect, and nested lists", () => {
    expect(html).toBe(
      "<h2>Continuum de sécurité</h2>" +
        '<p>Réunis à l’ENSP, les <strong>23 rédacteurs</strong>&nbsp;ont <em>échangé</em> avec <a href="https://www.interieur.gouv.fr/">le ministère</a>.</p>' +
        `<h3>Les partenaires</h3>${PARTNERS}` +
        "<p>Texte coloré et <strong>gras</strong>, souligné <strong><em>à peine</em></strong>.</p>",
    );
  });

  it("drops Google's ids, dir and aria attributes, spans and images hosted elsewhere", () => {
    for (const leftover of ["docs-internal-guid", "dir=", "aria-level", "role=", "<span", "<img", "googleusercontent", "google.com/url", "<br"]) {
      expect(html).not.toContain(leftover);
    }
  });
});

describe("anything else", () => {
  it("keeps line breaks inside a paragraph, block quotes and rules", () => {
    expect(cleanPastedHtml("<p>Première ligne<br>seconde ligne<br></p><blockquote><p>Citation</p></blockquote><hr><div>Dans un div</div>")).toBe(
      "<p>Première ligne<br>seconde ligne</p><blockquote><p>Citation</p></blockquote><hr><p>Dans un div</p>",
    );
  });

  it("wraps bare text in paragraphs and skips empty ones (a non-breaking space alone is Word's empty line)", () => {
    expect(cleanPastedHtml("Du texte <b>seul</b><p> </p><p>\u00a0</p><p>Suite</p>")).toBe("<p>Du texte <strong>seul</strong></p><p>Suite</p>");
  });

  it("never keeps scripts, event handlers or unsafe links", () => {
    const html = cleanPastedHtml('<p onclick="alert(1)">A<script>alert(2)</script><a href="data:text/html,x">B</a><a href=" //evil.example">C</a><a href="mailto:ecole@example.fr">D</a></p>');
    expect(html).toBe('<p>ABC<a href="mailto:ecole@example.fr">D</a></p>');
  });

  it("leaves what was copied in this editor to ProseMirror, without attributes it does not read", () => {
    const own = '<h2 data-pm-slice="1 1 []">Intertitre</h2><img src="/medias/a.jpg" alt="A" data-caption="Légende" data-media-id="m1">';
    expect(cleanPastedHtml(own)).toBe(own);
    expect(cleanPastedHtml('<p data-pm-slice="1 1 []" style="color:red" onclick="x()"><a href="/a" target="_blank" class="c">a</a><script>x()</script></p>')).toBe(
      '<p data-pm-slice="1 1 []"><a href="/a">a</a></p>',
    );
  });

  it("gives a single heading level h2 and deeper ones h3, skipping none", () => {
    expect(cleanPastedHtml("<h3>A</h3><h5>B</h5><h6>C</h6><h3>D</h3>")).toBe("<h2>A</h2><h3>B</h3><h3>C</h3><h2>D</h2>");
  });
});
