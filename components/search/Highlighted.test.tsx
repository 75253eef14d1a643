// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from "@/lib/search/highlight";
import { Highlighted } from "./Highlighted";

describe("Highlighted", () => {
  it("renders the matched words in <mark> and the rest as text", () => {
    const { container } = render(
      <p>
        <Highlighted text={`Continuum de ${S}sécurité${E} : les ${S}acteurs${E} réunis`} />
      </p>,
    );
    const paragraph = container.querySelector("p")!;
    expect(paragraph.textContent).toBe("Continuum de sécurité : les acteurs réunis");
    expect(Array.from(paragraph.querySelectorAll("mark")).map((mark) => mark.textContent)).toEqual(["sécurité", "acteurs"]);
    expect(paragraph.innerHTML).not.toContain("\uE000");
  });

  it("escapes markup from the article instead of interpreting it", () => {
    const { container } = render(
      <p>
        <Highlighted text={`<img src=x onerror=alert(1)> ${S}<script>alert(2)</script>${E} &amp;`} />
      </p>,
    );
    const paragraph = container.querySelector("p")!;
    expect(paragraph.querySelector("img, script")).toBeNull();
    expect(paragraph.textContent).toBe("<img src=x onerror=alert(1)> <script>alert(2)</script> &amp;");
    expect(paragraph.querySelector("mark")?.textContent).toBe("<script>alert(2)</script>");
  });

  it("renders nothing for an empty headline", () => {
    const { container } = render(
      <p>
        <Highlighted text="" />
      </p>,
    );
    expect(container.querySelector("p")?.childNodes).toHaveLength(0);
  });
});
