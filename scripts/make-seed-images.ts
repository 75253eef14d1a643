/**
 * Draws the demo illustrations of the seed (SVG compositions rendered by sharp) into prisma/seed-assets/.
 * They are illustrations, not photographs: prisma/seed-data/images.ts describes each one truthfully.
 *
 *   npx tsx scripts/make-seed-images.ts
 *
 * The output is deterministic (a seeded pseudo-random generator places books, trees and figures), so
 * running it again gives the same pictures. The JPEG files are committed; the seed only copies them.
 */
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { seedImages, type SeedImageName } from "../prisma/seed-data/images";
import { seededRandom as random } from "./seeded-random";

const W = 1600;
const H = 900;
const OUT_DIR = path.resolve(import.meta.dirname, "..", "prisma", "seed-assets");
const MAX_BYTES = 250 * 1024;


const svg = (defs: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;

const escapeXml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The French flag, slightly waving, with its top-left corner at (x, y). */
function frenchFlag(x: number, y: number, w: number, h: number): string {
  const wave = h * 0.08;
  const band = (i: number, color: string) => {
    const x0 = x + (w / 3) * i;
    const x1 = x + (w / 3) * (i + 1);
    const dy = (t: number) => Math.sin((t - x) / w * Math.PI * 2) * wave;
    return `<path d="M${x0},${y + dy(x0)} L${x1},${y + dy(x1)} L${x1},${y + h + dy(x1)} L${x0},${y + h + dy(x0)} Z" fill="${color}"/>`;
  };
  return band(0, "#1f3fa0") + band(1, "#f4f4f4") + band(2, "#d8313d");
}

function europeanFlag(x: number, y: number, w: number, h: number): string {
  const cx = x + w / 2;
  const cy = y + h / 2;
  const r = h / 3;
  let stars = "";
  for (let k = 0; k < 12; k++) {
    const a = (k / 12) * Math.PI * 2;
    stars += star(cx + Math.cos(a) * r, cy + Math.sin(a) * r, h / 18, "#ffcc00");
  }
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#123c96"/>${stars}`;
}

function star(cx: number, cy: number, r: number, fill: string): string {
  const points: string[] = [];
  for (let k = 0; k < 10; k++) {
    const radius = k % 2 === 0 ? r : r * 0.42;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    points.push(`${(cx + Math.cos(a) * radius).toFixed(1)},${(cy + Math.sin(a) * radius).toFixed(1)}`);
  }
  return `<polygon points="${points.join(" ")}" fill="${fill}"/>`;
}

/** A rounded tree crown made of a few overlapping circles. */
function tree(x: number, ground: number, size: number, rand: () => number, shade: string): string {
  let crown = "";
  for (let k = 0; k < 5; k++) {
    const dx = (rand() - 0.5) * size * 0.9;
    const dy = (rand() - 0.5) * size * 0.6;
    crown += `<circle cx="${x + dx}" cy="${ground - size * 1.25 + dy}" r="${size * (0.45 + rand() * 0.2)}" fill="${shade}"/>`;
  }
  return `<rect x="${x - size * 0.07}" y="${ground - size * 0.9}" width="${size * 0.14}" height="${size * 0.9}" fill="#5a4632"/>${crown}`;
}

// ---------------------------------------------------------------------------------------------------
// A book titled « Contribution territoriale au continuum de sécurité », on a wooden table (seen from above)

function continuum(): string {
  const rand = random(1);
  let grain = "";
  for (let k = 0; k < 90; k++) {
    const y = rand() * H;
    const amp = 4 + rand() * 10;
    grain += `<path d="M0,${y.toFixed(0)} C400,${(y - amp).toFixed(0)} 900,${(y + amp).toFixed(0)} 1600,${(y - amp / 2).toFixed(0)}" stroke="#3d2412" stroke-opacity="${(0.05 + rand() * 0.12).toFixed(2)}" stroke-width="${(1 + rand() * 3).toFixed(1)}" fill="none"/>`;
  }
  let planks = "";
  for (let y = 0; y < H; y += 180) planks += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="#2e1a0c" stroke-opacity="0.45" stroke-width="3"/>`;

  const bw = 500;
  const bh = 690;
  const title = ["CONTRIBUTION", "TERRITORIALE", "AU CONTINUUM", "DE SÉCURITÉ"]
    .map((line, k) => `<text x="${bw / 2}" y="${250 + k * 58}" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="44" fill="#ffffff" letter-spacing="1">${escapeXml(line)}</text>`)
    .join("");
  const cover = `
    <rect x="16" y="14" width="${bw}" height="${bh}" rx="6" fill="#f1ead8"/>
    <rect x="8" y="7" width="${bw}" height="${bh}" rx="6" fill="#e4dcc6"/>
    <rect width="${bw}" height="${bh}" rx="6" fill="url(#cover)"/>
    <rect x="0" y="0" width="22" height="${bh}" fill="#000" fill-opacity="0.18"/>
    <rect x="60" y="70" width="30" height="10" fill="#3f62d6"/><rect x="90" y="70" width="30" height="10" fill="#ffffff"/><rect x="120" y="70" width="30" height="10" fill="#e1000f"/>
    <text x="60" y="130" font-family="DejaVu Sans" font-size="20" fill="#c9d3ff" letter-spacing="3">OUVRAGE COLLECTIF</text>
    <line x1="60" y1="170" x2="${bw - 60}" y2="170" stroke="#ffffff" stroke-opacity="0.5" stroke-width="2"/>
    ${title}
    <circle cx="${bw / 2 - 45}" cy="${bh - 190}" r="70" fill="none" stroke="#9fb3ff" stroke-width="10"/>
    <circle cx="${bw / 2 + 45}" cy="${bh - 190}" r="70" fill="none" stroke="#ffffff" stroke-opacity="0.85" stroke-width="10"/>
    <text x="${bw / 2}" y="${bh - 60}" text-anchor="middle" font-family="DejaVu Sans" font-size="22" fill="#c9d3ff">23 contributeurs · Auvergne-Rhône-Alpes</text>`;

  const under = `
    <rect x="12" y="10" width="${bw + 40}" height="${bh + 30}" rx="6" fill="#efe6cf"/>
    <rect width="${bw + 40}" height="${bh + 30}" rx="6" fill="#7b2431"/>
    <rect x="40" y="60" width="${bw - 40}" height="4" fill="#e8c27a" fill-opacity="0.7"/>`;

  const pen = `
    <rect x="0" y="-13" width="520" height="26" rx="13" fill="url(#pen)"/>
    <polygon points="520,-13 575,0 520,13" fill="#d9d2c4"/>
    <polygon points="558,-4 575,0 558,4" fill="#333"/>
    <rect x="40" y="-22" width="130" height="9" rx="4" fill="#c9ccd2"/>
    <rect x="0" y="-13" width="60" height="26" rx="13" fill="#c9ccd2"/>`;

  const cup = `
    <circle r="150" fill="#000" fill-opacity="0.25" filter="url(#soft)" transform="translate(14,18)"/>
    <circle r="150" fill="#f5f3ee"/><circle r="128" fill="none" stroke="#e1ddd3" stroke-width="3"/>
    <circle r="92" fill="#ffffff"/><circle r="74" fill="url(#coffee)"/>
    <rect x="88" y="-20" width="70" height="40" rx="20" fill="#ffffff" stroke="#e6e1d6" stroke-width="3"/>`;

  return svg(
    `<linearGradient id="wood" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#a8703f"/><stop offset="0.5" stop-color="#8d5a30"/><stop offset="1" stop-color="#6e4322"/></linearGradient>
     <radialGradient id="light" cx="0.35" cy="0.35" r="0.8"><stop offset="0" stop-color="#fff3d6" stop-opacity="0.35"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></radialGradient>
     <linearGradient id="cover" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1e2aa0"/><stop offset="1" stop-color="#0b1255"/></linearGradient>
     <linearGradient id="pen" x1="0" y1="-1" x2="0" y2="1"><stop offset="0" stop-color="#2b2f3a"/><stop offset="0.4" stop-color="#4b5263"/><stop offset="1" stop-color="#15171d"/></linearGradient>
     <radialGradient id="coffee" cx="0.45" cy="0.4" r="0.7"><stop offset="0" stop-color="#7a4a25"/><stop offset="1" stop-color="#3a1f0e"/></radialGradient>
     <filter id="soft" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="14"/></filter>`,
    `<rect width="${W}" height="${H}" fill="url(#wood)"/>${grain}${planks}
     <g transform="translate(520,90) rotate(6)"><rect x="24" y="30" width="${bw + 40}" height="${bh + 30}" rx="8" fill="#000" fill-opacity="0.45" filter="url(#soft)"/>${under}</g>
     <g transform="translate(470,130) rotate(-5)"><rect x="26" y="30" width="${bw}" height="${bh}" rx="8" fill="#000" fill-opacity="0.5" filter="url(#soft)"/>${cover}</g>
     <g transform="translate(1130,690) rotate(-32)"><rect x="10" y="0" width="560" height="26" rx="13" fill="#000" fill-opacity="0.4" filter="url(#soft)"/>${pen}</g>
     <g transform="translate(1360,210)">${cup}</g>
     <rect width="${W}" height="${H}" fill="url(#light)"/>`,
  );
}

// ---------------------------------------------------------------------------------------------------
// A light stone building with a central pediment and a French flag, behind a lawn lined with trees

function facade(): string {
  const rand = random(2);
  const left = 250;
  const right = 1350;
  const top = 330;
  const base = 650;
  let windows = "";
  for (const row of [0, 1]) {
    for (let x = left + 50; x < right - 60; x += 90) {
      if (x > 700 && x < 900) continue;
      const y = top + 55 + row * 135;
      windows += `<rect x="${x}" y="${y}" width="46" height="88" fill="#ffffff"/><rect x="${x + 5}" y="${y + 5}" width="36" height="78" fill="url(#glass)"/><line x1="${x + 23}" y1="${y + 5}" x2="${x + 23}" y2="${y + 83}" stroke="#fff" stroke-width="3"/><line x1="${x + 5}" y1="${y + 40}" x2="${x + 41}" y2="${y + 40}" stroke="#fff" stroke-width="3"/>`;
    }
  }
  let pavilionWindows = "";
  for (const x of [715, 785]) {
    pavilionWindows += `<rect x="${x}" y="330" width="50" height="95" fill="#ffffff"/><rect x="${x + 5}" y="335" width="40" height="85" fill="url(#glass)"/>`;
  }
  let trees = "";
  for (let k = 0; k < 7; k++) trees += tree(40 + k * 28 + rand() * 20, 700 + k * 22, 120 + rand() * 50, rand, k % 2 ? "#3f6b3a" : "#4f7d45");
  for (let k = 0; k < 7; k++) trees += tree(1560 - k * 28 - rand() * 20, 700 + k * 22, 120 + rand() * 50, rand, k % 2 ? "#456f3c" : "#355e33");
  let hedge = "";
  for (let x = left - 30; x < right + 30; x += 38) hedge += `<circle cx="${x}" cy="${base + 18}" r="26" fill="#46713f"/>`;

  return svg(
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fbbe6"/><stop offset="1" stop-color="#e6f0f8"/></linearGradient>
     <linearGradient id="stone" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#efe5d0"/><stop offset="1" stop-color="#dccdb0"/></linearGradient>
     <linearGradient id="glass" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#6f8fa8"/><stop offset="1" stop-color="#34495c"/></linearGradient>
     <linearGradient id="lawn" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fae5a"/><stop offset="1" stop-color="#5d9141"/></linearGradient>`,
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>
     <ellipse cx="380" cy="140" rx="160" ry="34" fill="#fff" fill-opacity="0.7"/><ellipse cx="470" cy="120" rx="110" ry="30" fill="#fff" fill-opacity="0.8"/>
     <ellipse cx="1200" cy="190" rx="190" ry="30" fill="#fff" fill-opacity="0.6"/>
     <path d="M0,520 C250,400 450,430 700,470 C950,420 1200,380 1600,470 L1600,700 L0,700 Z" fill="#9db5a0"/>
     <rect x="${left}" y="${top}" width="${right - left}" height="${base - top}" fill="url(#stone)"/>
     <polygon points="${left - 15},${top} ${left + 40},${top - 70} ${right - 40},${top - 70} ${right + 15},${top}" fill="#5d6673"/>
     <rect x="${left}" y="${top + 160}" width="${right - left}" height="8" fill="#cbbb99"/>
     ${windows}
     <rect x="680" y="250" width="240" height="${base - 250}" fill="url(#stone)"/>
     <polygon points="665,252 800,170 935,252" fill="#e8dcc2" stroke="#cbbb99" stroke-width="6"/>
     <circle cx="800" cy="220" r="20" fill="#f7f1e3" stroke="#b9a682" stroke-width="4"/>
     ${pavilionWindows}
     <rect x="680" y="455" width="240" height="8" fill="#cbbb99"/>
     <path d="M750,${base} L750,530 A50,50 0 0 1 850,530 L850,${base} Z" fill="#3b4a5a"/>
     <line x1="800" y1="172" x2="800" y2="40" stroke="#8b8f96" stroke-width="6"/>
     ${frenchFlag(803, 48, 120, 78)}
     <rect x="0" y="${base}" width="${W}" height="${H - base}" fill="url(#lawn)"/>
     ${hedge}
     <polygon points="760,${base} 840,${base} 1000,${H} 600,${H}" fill="#d8ccb4"/>
     ${trees}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// An amphitheatre seen from the back: rows of blue seats going down to a stage and a large screen

function amphitheatre(): string {
  let rows = "";
  const rowCount = 11;
  for (let k = rowCount - 1; k >= 0; k--) {
    // k = 0 is the row nearest to the viewer (bottom of the picture)
    const t = k / (rowCount - 1);
    const y = 880 - Math.pow(t, 0.8) * 420;
    const half = 780 - t * 420;
    const sag = 70 - t * 40;
    const seat = 46 - t * 26;
    const width = 40 - t * 24;
    const path = `M${800 - half},${y - sag} Q800,${y + sag} ${800 + half},${y - sag}`;
    rows += `<path d="${path}" stroke="#1c2a55" stroke-width="${width + 8}" fill="none"/>`;
    rows += `<path d="${path}" stroke="url(#seat)" stroke-width="${width}" stroke-dasharray="${seat} ${seat * 0.18}" fill="none"/>`;
    rows += `<path d="M${800 - half},${y - sag - width * 0.9} Q800,${y + sag - width * 0.9} ${800 + half},${y - sag - width * 0.9}" stroke="#a8825a" stroke-width="${Math.max(3, width * 0.22)}" fill="none"/>`;
  }
  return svg(
    `<linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2a2f45"/><stop offset="1" stop-color="#4a4f66"/></linearGradient>
     <linearGradient id="screen" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f4f7ff"/><stop offset="1" stop-color="#dfe6f7"/></linearGradient>
     <linearGradient id="seat" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#3558b8"/><stop offset="1" stop-color="#243f8a"/></linearGradient>
     <radialGradient id="glow" cx="0.5" cy="0.3" r="0.6"><stop offset="0" stop-color="#ffffff" stop-opacity="0.25"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>`,
    `<rect width="${W}" height="${H}" fill="url(#wall)"/>
     <polygon points="0,0 380,120 380,470 0,620" fill="#8a6440"/><polygon points="1600,0 1220,120 1220,470 1600,620" fill="#8a6440"/>
     ${[0, 1, 2, 3, 4].map((k) => `<line x1="${k * 76}" y1="${k * 24}" x2="${k * 76}" y2="${620 - k * 30}" stroke="#6f4f31" stroke-width="4"/><line x1="${1600 - k * 76}" y1="${k * 24}" x2="${1600 - k * 76}" y2="${620 - k * 30}" stroke="#6f4f31" stroke-width="4"/>`).join("")}
     ${[300, 560, 800, 1040, 1300].map((x) => `<ellipse cx="${x}" cy="34" rx="46" ry="10" fill="#fff6d8" fill-opacity="0.9"/>`).join("")}
     <rect x="470" y="110" width="660" height="300" fill="#10131d"/>
     <rect x="482" y="122" width="636" height="276" fill="url(#screen)"/>
     <rect x="482" y="122" width="636" height="56" fill="#000091"/>
     <text x="800" y="160" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="28" fill="#ffffff">Sécurité et société</text>
     ${[0, 1, 2, 3].map((k) => `<rect x="530" y="${210 + k * 42}" width="${420 - k * 60}" height="14" rx="7" fill="#9aa7c7"/>`).join("")}
     <rect x="960" y="206" width="120" height="150" fill="#c8d2ea"/>
     <rect x="380" y="430" width="840" height="50" fill="#6d4c30"/><rect x="380" y="430" width="840" height="10" fill="#8c6843"/>
     <rect x="1000" y="396" width="70" height="40" fill="#4a3322"/>
     ${rows}
     <rect width="${W}" height="${H}" fill="url(#glow)"/>`,
  );
}

// ---------------------------------------------------------------------------------------------------
// A red running track around a green field, under a blue sky, trees in the background

function sport(): string {
  const rand = random(4);
  let treeLine = "";
  for (let x = -20; x < W + 40; x += 34) {
    const r = 34 + rand() * 26;
    treeLine += `<circle cx="${x}" cy="${372 - rand() * 30}" r="${r}" fill="${rand() < 0.5 ? "#2f5d35" : "#3b6d3d"}"/>`;
  }
  const cx = 800;
  const cy = 660;
  let lanes = "";
  for (let k = 0; k <= 8; k++) {
    lanes += `<ellipse cx="${cx}" cy="${cy}" rx="${620 + k * 20}" ry="${200 + k * 8}" fill="none" stroke="#f6efe8" stroke-width="2.5"/>`;
  }
  let stripes = "";
  for (let k = 0; k < 12; k++) stripes += `<rect x="${100 + k * 120}" y="380" width="60" height="520" fill="#5f9e44" fill-opacity="0.55"/>`;
  return svg(
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#3f86d1"/><stop offset="1" stop-color="#bfdcf3"/></linearGradient>
     <linearGradient id="grass" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#4f8d3a"/><stop offset="1" stop-color="#3f7a2e"/></linearGradient>
     <clipPath id="field"><ellipse cx="${cx}" cy="${cy}" rx="620" ry="200"/></clipPath>`,
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>
     <ellipse cx="300" cy="120" rx="140" ry="30" fill="#fff" fill-opacity="0.85"/><ellipse cx="390" cy="100" rx="90" ry="28" fill="#fff" fill-opacity="0.9"/>
     <ellipse cx="1180" cy="170" rx="170" ry="28" fill="#fff" fill-opacity="0.75"/><ellipse cx="1260" cy="150" rx="90" ry="26" fill="#fff" fill-opacity="0.85"/>
     ${treeLine}
     <rect x="0" y="380" width="${W}" height="${H - 380}" fill="#4c8a3a"/>
     <ellipse cx="${cx}" cy="${cy}" rx="800" ry="272" fill="#c0533a"/>
     <ellipse cx="${cx}" cy="${cy}" rx="620" ry="200" fill="url(#grass)"/>
     <g clip-path="url(#field)">${stripes}</g>
     ${lanes}
     <ellipse cx="${cx}" cy="${cy}" rx="520" ry="150" fill="none" stroke="#ffffff" stroke-width="4"/>
     <line x1="${cx}" y1="${cy - 150}" x2="${cx}" y2="${cy + 150}" stroke="#ffffff" stroke-width="4"/>
     <ellipse cx="${cx}" cy="${cy}" rx="90" ry="32" fill="none" stroke="#ffffff" stroke-width="4"/>
     <rect x="262" y="612" width="8" height="70" fill="#fff"/><rect x="262" y="612" width="40" height="8" fill="#fff"/>
     <rect x="1330" y="612" width="8" height="70" fill="#fff"/><rect x="1298" y="612" width="40" height="8" fill="#fff"/>`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Ranks of pupils in navy uniform in a paved courtyard, facing two masts (French and European flags)

function ceremony(): string {
  let windows = "";
  for (let x = 70; x < W; x += 130) windows += `<rect x="${x}" y="150" width="56" height="100" fill="#5b6b7d"/><rect x="${x}" y="290" width="56" height="100" fill="#5b6b7d"/>`;
  let paving = "";
  for (let k = -12; k <= 12; k++) paving += `<line x1="${800 + k * 70}" y1="430" x2="${800 + k * 260}" y2="${H}" stroke="#8d8a83" stroke-width="2" stroke-opacity="0.6"/>`;
  for (const y of [470, 520, 590, 680, 800]) paving += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="#8d8a83" stroke-width="2" stroke-opacity="0.5"/>`;

  let ranks = "";
  const rankRows = [
    { y: 610, scale: 0.55, count: 14 },
    { y: 680, scale: 0.68, count: 12 },
    { y: 770, scale: 0.84, count: 10 },
    { y: 880, scale: 1.0, count: 8 },
  ];
  for (const row of rankRows) {
    const s = row.scale;
    const spacing = 150 * s;
    const start = 800 - ((row.count - 1) * spacing) / 2;
    for (let n = 0; n < row.count; n++) {
      const x = start + n * spacing;
      const y = row.y;
      ranks += `<g transform="translate(${x.toFixed(1)},${y}) scale(${s})">
        <rect x="-20" y="-40" width="17" height="44" fill="#121a30"/><rect x="3" y="-40" width="17" height="44" fill="#121a30"/>
        <rect x="-34" y="-170" width="68" height="138" rx="14" fill="#1d2a4d"/>
        <rect x="-46" y="-160" width="14" height="110" rx="7" fill="#1a2645"/><rect x="32" y="-160" width="14" height="110" rx="7" fill="#1a2645"/>
        <rect x="-34" y="-120" width="68" height="7" fill="#c9a94a"/>
        <rect x="-9" y="-190" width="18" height="22" fill="#d6a77f"/>
        <circle cx="0" cy="-207" r="24" fill="#d6a77f"/>
        <rect x="-27" y="-240" width="54" height="26" rx="5" fill="#15203d"/><rect x="-31" y="-218" width="62" height="7" rx="3" fill="#0d142a"/>
      </g>`;
    }
  }
  return svg(
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc4ea"/><stop offset="1" stop-color="#e3eef7"/></linearGradient>
     <linearGradient id="court" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#bdb8ae"/><stop offset="1" stop-color="#a39e94"/></linearGradient>`,
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>
     <rect x="0" y="100" width="${W}" height="330" fill="#e6dcc8"/><rect x="0" y="88" width="${W}" height="16" fill="#7a7f88"/>
     ${windows}
     <rect x="0" y="430" width="${W}" height="${H - 430}" fill="url(#court)"/>
     ${paving}
     <line x1="600" y1="520" x2="600" y2="70" stroke="#d9dde3" stroke-width="9"/><circle cx="600" cy="66" r="9" fill="#e2c25a"/>
     ${frenchFlag(605, 80, 180, 118)}
     <line x1="1000" y1="520" x2="1000" y2="70" stroke="#d9dde3" stroke-width="9"/><circle cx="1000" cy="66" r="9" fill="#e2c25a"/>
     ${europeanFlag(1005, 80, 180, 120)}
     ${ranks}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// A stylised globe on a night-blue background, with glowing arcs between points

function international(): string {
  const rand = random(6);
  let stars = "";
  for (let k = 0; k < 140; k++) stars += `<circle cx="${(rand() * W).toFixed(0)}" cy="${(rand() * H).toFixed(0)}" r="${(0.6 + rand() * 1.6).toFixed(1)}" fill="#ffffff" fill-opacity="${(0.2 + rand() * 0.5).toFixed(2)}"/>`;
  const cx = 800;
  const cy = 470;
  const r = 340;
  let grid = "";
  for (let k = 1; k < 6; k++) grid += `<ellipse cx="${cx}" cy="${cy}" rx="${(r * Math.cos((k * Math.PI) / 12)).toFixed(1)}" ry="${r}" fill="none" stroke="#9ec5ff" stroke-opacity="0.28" stroke-width="2"/>`;
  grid += `<line x1="${cx}" y1="${cy - r}" x2="${cx}" y2="${cy + r}" stroke="#9ec5ff" stroke-opacity="0.28" stroke-width="2"/>`;
  for (let k = -4; k <= 4; k++) {
    const y = cy + (r * k) / 5;
    const half = Math.sqrt(r * r - (y - cy) ** 2);
    grid += `<ellipse cx="${cx}" cy="${y}" rx="${half.toFixed(1)}" ry="${(half * 0.12).toFixed(1)}" fill="none" stroke="#9ec5ff" stroke-opacity="0.22" stroke-width="2"/>`;
  }
  // abstract land masses
  const land = [
    "M610,300 C660,250 760,250 800,290 C830,330 790,380 740,390 C700,420 640,400 620,360 Z",
    "M820,330 C880,300 960,320 990,370 C1000,420 960,450 910,440 C870,470 820,430 820,390 Z",
    "M700,450 C760,430 820,470 820,540 C810,620 760,680 720,660 C690,610 660,540 700,450 Z",
    "M920,520 C980,500 1050,540 1040,600 C1020,650 960,640 930,610 Z",
  ]
    .map((d) => `<path d="${d}" fill="#2f7d6d" fill-opacity="0.55"/>`)
    .join("");
  const points: [number, number][] = [[700, 330], [790, 300], [900, 380], [740, 560], [980, 580], [640, 420], [1010, 420]];
  let arcs = "";
  const pairs: [number, number][] = [[0, 2], [1, 4], [5, 3], [0, 6], [3, 4], [1, 5]];
  for (const [a, b] of pairs) {
    const [x1, y1] = points[a] ?? [0, 0];
    const [x2, y2] = points[b] ?? [0, 0];
    const mx = (x1 + x2) / 2;
    const my = Math.min(y1, y2) - 120;
    arcs += `<path d="M${x1},${y1} Q${mx},${my} ${x2},${y2}" fill="none" stroke="#ffd36b" stroke-width="4" stroke-opacity="0.85" stroke-linecap="round"/>`;
  }
  const dots = points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="16" fill="#ffd36b" fill-opacity="0.25"/><circle cx="${x}" cy="${y}" r="7" fill="#fff4cf"/>`).join("");
  return svg(
    `<radialGradient id="night" cx="0.5" cy="0.5" r="0.75"><stop offset="0" stop-color="#16265e"/><stop offset="1" stop-color="#060b24"/></radialGradient>
     <radialGradient id="ocean" cx="0.38" cy="0.32" r="0.8"><stop offset="0" stop-color="#2f6fc4"/><stop offset="1" stop-color="#0d2a6b"/></radialGradient>
     <radialGradient id="halo" cx="0.5" cy="0.5" r="0.5"><stop offset="0.78" stop-color="#5fa0ff" stop-opacity="0.35"/><stop offset="1" stop-color="#5fa0ff" stop-opacity="0"/></radialGradient>
     <clipPath id="globe"><circle cx="${cx}" cy="${cy}" r="${r}"/></clipPath>`,
    `<rect width="${W}" height="${H}" fill="url(#night)"/>${stars}
     <circle cx="${cx}" cy="${cy}" r="${r + 60}" fill="url(#halo)"/>
     <circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#ocean)"/>
     <g clip-path="url(#globe)">${land}${grid}</g>
     ${arcs}${dots}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Shelves of books with colourful spines, above a reading table with an open book

function library(): string {
  const rand = random(7);
  const palette = ["#7b2431", "#1f3a68", "#2f5d46", "#c8963e", "#5a3d6e", "#9a4b2c", "#2d5f8a", "#b8473d", "#3d4a3a", "#d9c7a0"];
  let shelves = "";
  for (const base of [230, 450, 670]) {
    shelves += `<rect x="60" y="${base}" width="${W - 120}" height="22" fill="#6b4425"/><rect x="60" y="${base + 22}" width="${W - 120}" height="8" fill="#4a2e18"/>`;
    let x = 80;
    while (x < W - 120) {
      const w = 22 + rand() * 26;
      const h = 140 + rand() * 50;
      const color = palette[Math.floor(rand() * palette.length)] ?? "#7b2431";
      if (rand() < 0.06) {
        x += 30;
        continue;
      }
      shelves += `<rect x="${x.toFixed(1)}" y="${(base - h).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"/>`;
      shelves += `<rect x="${x.toFixed(1)}" y="${(base - h + 18).toFixed(1)}" width="${w.toFixed(1)}" height="5" fill="#e8d49a" fill-opacity="0.7"/>`;
      shelves += `<rect x="${x.toFixed(1)}" y="${(base - 30).toFixed(1)}" width="${w.toFixed(1)}" height="4" fill="#e8d49a" fill-opacity="0.5"/>`;
      shelves += `<rect x="${(x + w - 3).toFixed(1)}" y="${(base - h).toFixed(1)}" width="3" height="${h.toFixed(1)}" fill="#000" fill-opacity="0.25"/>`;
      x += w + 2;
    }
  }
  let lines = "";
  for (let k = 0; k < 7; k++) {
    lines += `<line x1="${590 + k * 3}" y1="${800 + k * 12}" x2="${770 - k * 2}" y2="${790 + k * 12}" stroke="#8f8a80" stroke-width="3"/>`;
    lines += `<line x1="${835 + k * 2}" y1="${790 + k * 12}" x2="${1010 - k * 3}" y2="${800 + k * 12}" stroke="#8f8a80" stroke-width="3"/>`;
  }
  return svg(
    `<linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#4a3526"/><stop offset="1" stop-color="#6b4d36"/></linearGradient>
     <linearGradient id="table" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9b6a3e"/><stop offset="1" stop-color="#6c4524"/></linearGradient>
     <radialGradient id="lamp" cx="0.5" cy="0.85" r="0.6"><stop offset="0" stop-color="#fff2c8" stop-opacity="0.35"/><stop offset="1" stop-color="#000" stop-opacity="0.2"/></radialGradient>`,
    `<rect width="${W}" height="${H}" fill="url(#wall)"/>
     <rect x="40" y="20" width="${W - 80}" height="700" fill="#3a2718"/>
     ${shelves}
     <polygon points="120,${H} 300,730 1300,730 1480,${H}" fill="url(#table)"/>
     <rect x="300" y="726" width="1000" height="8" fill="#b17f4f"/>
     <path d="M560,780 Q680,760 800,790 L800,880 Q680,850 540,875 Z" fill="#f6f1e4"/>
     <path d="M800,790 Q920,760 1040,780 L1060,875 Q920,850 800,880 Z" fill="#efe8d8"/>
     <line x1="800" y1="790" x2="800" y2="880" stroke="#c8bfa9" stroke-width="3"/>
     ${lines}
     <rect width="${W}" height="${H}" fill="url(#lamp)"/>`,
  );
}

const drawings: Record<SeedImageName, () => string> = {
  continuum,
  facade,
  amphitheatre,
  sport,
  ceremony,
  international,
  library,
};

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  let total = 0;
  for (const [name, draw] of Object.entries(drawings) as [SeedImageName, () => string][]) {
    const file = path.join(OUT_DIR, seedImages[name].file);
    const jpeg = await sharp(Buffer.from(draw()))
      .resize(W, H)
      .jpeg({ quality: 80, mozjpeg: true, chromaSubsampling: "4:2:0" })
      .toBuffer();
    if (jpeg.length > MAX_BYTES) throw new Error(`${file} pèse ${jpeg.length} octets, plus que ${MAX_BYTES}`);
    await writeFile(file, jpeg);
    total += (await stat(file)).size;
    console.log(`${path.relative(process.cwd(), file)} : ${(jpeg.length / 1024).toFixed(0)} Ko`);
  }
  console.log(`Total : ${(total / 1024).toFixed(0)} Ko`);
}

await main();
