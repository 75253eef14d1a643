import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { CROPS } from "./crops";
import { OG_FONT_DIR, drawableText } from "./og-text";

const BOLD = "Marianne-Bold.woff";
const REGULAR = "Marianne-Regular.woff";

/** Longer titles get a smaller size so that they fit in five lines. */
function titleSize(title: string): number {
  if (title.length <= 60) return 64;
  if (title.length <= 100) return 54;
  return 44;
}

/** The 1200 × 630 share card of an article without a photo: its title set in Marianne. */
export async function renderShareCard(rawTitle: string, rawCategory: string, schoolName: string): Promise<ImageResponse> {
  const [bold, regular] = await Promise.all([
    readFile(path.join(OG_FONT_DIR, BOLD)),
    readFile(path.join(OG_FONT_DIR, REGULAR)),
  ]);
  const title = drawableText(rawTitle, BOLD).slice(0, 180) || drawableText(schoolName, BOLD);
  const category = drawableText(rawCategory, REGULAR);
  const school = drawableText(schoolName, BOLD);
  const { width, height } = CROPS.og;

  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", fontFamily: "Marianne" }}>
        <div style={{ display: "flex", height: 16 }}>
          <div style={{ flex: 1, background: "#000091" }} />
          <div style={{ flex: 1, background: "#ffffff" }} />
          <div style={{ flex: 1, background: "#e1000f" }} />
        </div>
        <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "56px 72px", justifyContent: "space-between" }}>
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ display: "flex", fontSize: 28, fontWeight: 400, color: "#000091", textTransform: "uppercase", letterSpacing: 1 }}>
              {category}
            </div>
            <div style={{ display: "flex", marginTop: 24, fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, color: "#161616" }}>
              {title}
            </div>
          </div>
          <div style={{ display: "flex", alignItems: "center", borderTop: "4px solid #000091", paddingTop: 24 }}>
            <div style={{ display: "flex", flexDirection: "column", fontSize: 22, fontWeight: 700, lineHeight: 1.1, marginRight: 32 }}>
              <span>RÉPUBLIQUE</span>
              <span>FRANÇAISE</span>
            </div>
            <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#000091" }}>{school}</div>
          </div>
        </div>
      </div>
    ),
    {
      width,
      height,
      fonts: [
        { name: "Marianne", data: bold, weight: 700, style: "normal" },
        { name: "Marianne", data: regular, weight: 400, style: "normal" },
      ],
      headers: { "cache-control": "public, max-age=86400" },
    },
  );
}
