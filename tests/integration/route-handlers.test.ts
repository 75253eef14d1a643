/**
 * Every route handler under app/, listed and called directly. Public routes answer GET only and
 * change nothing; every state-changing one refuses a request from another site's page — a foreign
 * Origin, a sandboxed frame's "null", another port, a "cross-site" fetch — even signed in as an
 * admin, and changes nothing in the database. (Sessions and roles for the upload route:
 * media-upload.test.ts; for server actions: matrix/*; server actions' own Origin check, which
 * Next.js makes: tests/attacks/origin.spec.ts against a production server.)
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { POST as beacon } from "@/app/api/partages/route";
import { POST as upload } from "@/app/admin/(espace)/medias/televersement/route";
import { POST as uploadExport } from "@/app/admin/(espace)/import-wordpress/televersement/route";
import { everyCaseExport } from "../fixtures/wordpress";
import { siteUrl } from "@/lib/env";
import { FOREIGN_ORIGIN_MESSAGE } from "@/lib/http/same-origin";
import { createArticle, createStaff, resetDatabase } from "../factories";
import { databaseSnapshot } from "../support/database-snapshot";
import { solidJpeg } from "../support/images";
import { actAs, nextAuthMock, resetRequest } from "../support/request";
import type { NextRequest } from "next/server";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every route handler of the app and the methods it answers; a new one must be added here. */
const ROUTES: Record<string, string[]> = {
  "app/(site)/actualites/[slug]/partage.png/route.ts": ["GET"],
  "app/(site)/mots-cles/[slug]/atom.xml/route.ts": ["GET"],
  "app/(site)/mots-cles/[slug]/rss.xml/route.ts": ["GET"],
  "app/(site)/rubriques/[slug]/atom.xml/route.ts": ["GET"],
  "app/(site)/rubriques/[slug]/rss.xml/route.ts": ["GET"],
  "app/admin/(espace)/import-wordpress/televersement/route.ts": ["POST"],
  "app/admin/(espace)/medias/televersement/route.ts": ["POST"],
  "app/api/auth/[...nextauth]/route.ts": ["GET", "POST"],
  "app/api/partages/route.ts": ["POST"],
  "app/flux/atom.xml/route.ts": ["GET"],
  "app/flux/rss.xml/route.ts": ["GET"],
  "app/medias/[...key]/route.ts": ["GET"],
  "app/medias/recadrages/[crop]/[...key]/route.ts": ["GET"],
  "app/partager/mastodon/route.ts": ["GET"],
  "app/sitemap-actualites.xml/route.ts": ["GET"],
  "app/sitemap.xml/route.ts": ["GET"],
  "app/sitemaps/[file]/route.ts": ["GET"],
};

/** The routes that change something when posted to, each checking where the request comes from. */
const STATE_CHANGING = [
  "app/admin/(espace)/import-wordpress/televersement/route.ts",
  "app/admin/(espace)/medias/televersement/route.ts",
  "app/api/auth/[...nextauth]/route.ts",
  "app/api/partages/route.ts",
];

async function routeFiles(): Promise<string[]> {
  const entries = await readdir(path.resolve("app"), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /^route\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)))
    .sort();
}

describe("the route handlers", () => {
  it("are all listed here, with the methods they answer: only GET for public ones", async () => {
    expect(await routeFiles()).toEqual(Object.keys(ROUTES).sort());
    for (const [file, methods] of Object.entries(ROUTES)) {
      const handlers = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      expect(HTTP_METHODS.filter((method) => typeof handlers[method] === "function"), file).toEqual(methods);
      if (methods.some((method) => method !== "GET" && method !== "HEAD")) expect(STATE_CHANGING, file).toContain(file);
    }
  });
});

/** What another site's page (or a frame, or another port of the same host) sends to the site. */
function foreignHeaders(): Record<string, Record<string, string>> {
  const own = new URL(siteUrl());
  return {
    "Origin d’un autre site": { origin: "https://pirate.example", "sec-fetch-site": "cross-site" },
    "Origin « null » (cadre isolé, fichier local)": { origin: "null", "sec-fetch-site": "cross-site" },
    "Origin d’un autre port du même hôte": { origin: `${own.protocol}//${own.hostname}:9`, "sec-fetch-site": "same-site" },
    "Origin d’un sous-domaine voisin": { origin: `${own.protocol}//blog.${own.hostname}`, "sec-fetch-site": "same-site" },
    "sans Origin, mais « cross-site » selon le navigateur": { "sec-fetch-site": "cross-site" },
  };
}

async function uploadRequest(headers: Record<string, string>): Promise<Request> {
  const form = new FormData();
  form.append("fichier", new File([new Uint8Array(await solidJpeg(30, 20))], "origine.jpg", { type: "image/jpeg" }));
  form.append("alt", "Une image envoyée depuis ailleurs");
  return new Request(`${siteUrl()}/admin/medias/televersement`, { method: "POST", body: form, headers: { "user-agent": CHROME, ...headers } });
}

function exportRequest(headers: Record<string, string>): Request {
  const form = new FormData();
  form.append("fichier", new File([everyCaseExport()], "export.xml", { type: "text/xml" }));
  return new Request(`${siteUrl()}/admin/import-wordpress/televersement`, { method: "POST", body: form, headers: { "user-agent": CHROME, ...headers } });
}

describe("state-changing routes refuse a request from another site's page, even with an admin's session", () => {
  let slug: string;
  beforeEach(async () => {
    resetRequest();
    await resetDatabase();
    actAs(await createStaff("ADMIN"));
    slug = (await createArticle()).slug;
    nextAuthMock.handlers.POST.mockClear();
  });

  for (const [label, headers] of Object.entries(foreignHeaders())) {
    it(`${label} : refusé, rien ne change`, async () => {
      const before = await databaseSnapshot();

      const uploaded = await upload(await uploadRequest(headers));
      expect(uploaded.status).toBe(403);
      expect(await uploaded.json()).toEqual({ status: "error", message: FOREIGN_ORIGIN_MESSAGE });

      const exported = await uploadExport(exportRequest(headers));
      expect(exported.status).toBe(403);
      expect(await exported.json()).toEqual({ status: "error", message: FOREIGN_ORIGIN_MESSAGE });

      const signedOut = await authPost(new Request(`${siteUrl()}/api/auth/signout`, { method: "POST", body: "", headers }) as NextRequest);
      expect(signedOut.status).toBe(403);
      expect(nextAuthMock.handlers.POST).not.toHaveBeenCalled();

      // The beacon answers everything with the same 204 (nobody learns its rules by probing); it counts nothing.
      const counted = await beacon(
        new Request(`${siteUrl()}/api/partages`, { method: "POST", body: JSON.stringify({ page: `/actualites/${slug}`, channel: "LINKEDIN" }), headers: { "user-agent": CHROME, "x-kiosque-peer-address": "203.0.113.9", ...headers } }),
      );
      expect(counted.status).toBe(204);

      expect(await databaseSnapshot()).toBe(before);
    });
  }

  it("the same requests from the site's own pages go through (the check is not what refuses everything)", async () => {
    const own = { origin: new URL(siteUrl()).origin, "sec-fetch-site": "same-origin" };
    expect((await upload(await uploadRequest(own))).status).toBe(201);
    const exported = await uploadExport(exportRequest(own));
    expect(exported.status).toBe(303);
    expect(exported.headers.get("location")).toMatch(/^\/admin\/import-wordpress\/[a-z0-9]{20,40}$/);
    await authPost(new Request(`${siteUrl()}/api/auth/signout`, { method: "POST", body: "", headers: own }) as NextRequest);
    expect(nextAuthMock.handlers.POST).toHaveBeenCalledOnce();
    const counted = await beacon(
      new Request(`${siteUrl()}/api/partages`, { method: "POST", body: JSON.stringify({ page: `/actualites/${slug}`, channel: "LINKEDIN" }), headers: { "user-agent": CHROME, "x-kiosque-peer-address": "203.0.113.9", ...own } }),
    );
    expect(counted.status).toBe(204);
    const { prisma } = await import("@/lib/db");
    expect(await prisma.shareCount.count()).toBe(1);
  });
});
