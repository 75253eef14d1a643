import { describe, expect, it } from "vitest";
import { listImageSources } from "./convert";

const UPLOADS = "https://ancien.example/wp-content/uploads/2022/05";

describe("listImageSources", () => {
  it("lists a classic body's images in order, with the attachment id of their class or caption, once each", () => {
    const html = [
      `Texte <img src="${UPLOADS}/a-300x200.jpg" alt="A" class="alignleft size-medium wp-image-11">`,
      `[caption id="attachment_12" width="300"]<img src="${UPLOADS}/b.jpg" alt="" /> Légende[/caption]`,
      `<a href="${UPLOADS}/c.jpg"><img src="${UPLOADS}/c-150x150.jpg"></a>`,
      `Encore <img src="${UPLOADS}/a-300x200.jpg" alt="A" class="wp-image-11">`,
      `<img src="${UPLOADS}/a-1024x683.jpg" class="wp-image-11">`,
      '<img alt="sans adresse"> <img class="emoji" alt="🎉" src="https://s.w.org/1f389.svg">',
    ].join("\n\n");
    expect(listImageSources(html)).toEqual([
      { src: `${UPLOADS}/a-300x200.jpg`, attachmentId: 11 },
      { src: `${UPLOADS}/b.jpg`, attachmentId: 12 },
      { src: `${UPLOADS}/c-150x150.jpg` },
      { src: `${UPLOADS}/a-1024x683.jpg`, attachmentId: 11 },
    ]);
  });

  it("lists gallery shortcodes by attachment id only", () => {
    expect(listImageSources('[gallery ids="12,13"] [gallery ids="13,14"]')).toEqual([
      { src: "", attachmentId: 12 },
      { src: "", attachmentId: 13 },
      { src: "", attachmentId: 14 },
    ]);
  });

  it("lists a Gutenberg body's image and gallery blocks, not the images of removed blocks", () => {
    const html = [
      `<!-- wp:image {"id":21} --><figure class="wp-block-image"><img src="${UPLOADS}/d.jpg" alt="" class="wp-image-21"/></figure><!-- /wp:image -->`,
      `<!-- wp:gallery --><figure class="wp-block-gallery has-nested-images"><!-- wp:image {"id":22} --><figure class="wp-block-image"><img src="${UPLOADS}/e.jpg" alt="" class="wp-image-22"/></figure><!-- /wp:image --></figure><!-- /wp:gallery -->`,
      `<!-- wp:video {"id":40} --><figure class="wp-block-video"><video poster="${UPLOADS}/affiche.jpg"></video><img src="${UPLOADS}/repli.jpg"></figure><!-- /wp:video -->`,
      '<!-- wp:shortcode -->[gallery ids="23"]<!-- /wp:shortcode -->',
      `<!-- wp:html --><noscript><img src="${UPLOADS}/f.jpg"></noscript><!-- /wp:html -->`,
    ].join("\n\n");
    expect(listImageSources(html)).toEqual([
      { src: `${UPLOADS}/d.jpg`, attachmentId: 21 },
      { src: `${UPLOADS}/e.jpg`, attachmentId: 22 },
      { src: "", attachmentId: 23 },
    ]);
  });

  it("lists nothing for a body without images", () => {
    expect(listImageSources("<p>Texte seul</p>")).toEqual([]);
  });
});
