import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { confirmImportAction } from "@/app/admin/(espace)/import-wordpress/actions";
import { POST as uploadExport } from "@/app/admin/(espace)/import-wordpress/televersement/route";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { exportFilePath } from "@/lib/admin/wordpress/export-files";
import { everyCaseExport } from "../../fixtures/wordpress";
import { resetDatabase } from "../../factories";
import { databaseSnapshot } from "../../support/database-snapshot";
import { createCast, matrixCase, post, VISITORS } from "../../support/matrix";
import { resetRequest } from "../../support/request";

// Moving a whole WordPress site in: admins only, from the upload to the confirmation.
describe("matrix: the WordPress import", () => {
  matrixCase({
    name: "confirmer l’import après un essai à blanc",
    allowed: ["administrateur"],
    setup: async () => {
      const xml = everyCaseExport();
      const sha256 = createHash("sha256").update(xml).digest("hex");
      await mkdir(path.dirname(exportFilePath(sha256)), { recursive: true });
      await writeFile(exportFilePath(sha256), xml);
      const run = await prisma.wordPressImport.create({ data: { fileName: "export.xml", fileSha256: sha256, dryRun: true, status: "DONE", total: 16, processed: 16 } });
      return run.id;
    },
    call: (_cast, id) => post(confirmImportAction, { id }),
    verify: async (cast, id) => {
      const tried = await prisma.wordPressImport.findUniqueOrThrow({ where: { id } });
      // The import itself runs after the answer (next/server's after(), not run by these tests).
      expect(await prisma.wordPressImport.findFirstOrThrow({ where: { dryRun: false } })).toMatchObject({ status: "RUNNING", fileSha256: tried.fileSha256, startedById: cast.admin.id });
    },
  });

  const own = { origin: new URL(siteUrl()).origin, "sec-fetch-site": "same-origin" };
  const expected: Record<(typeof VISITORS)[number], string> = {
    anonyme: "303 /admin/connexion",
    auteur: "403",
    "autre auteur": "403",
    éditeur: "403",
    administrateur: "303 essai",
    "compte désactivé": "303 /admin/connexion",
    "session révoquée": "303 /admin/connexion",
  };
  for (const visitor of VISITORS) {
    it(`envoyer un export — ${visitor} : ${expected[visitor]}`, async () => {
      resetRequest();
      await resetDatabase();
      await createCast(visitor);
      const before = await databaseSnapshot();
      const form = new FormData();
      form.append("fichier", new File([everyCaseExport()], "export.xml", { type: "text/xml" }));
      const answer = await uploadExport(new Request(`${siteUrl()}/admin/import-wordpress/televersement`, { method: "POST", body: form, headers: own }));
      const location = answer.headers.get("location") ?? "";
      expect(`${answer.status}${answer.status === 303 ? ` ${/\/admin\/import-wordpress\/[a-z0-9]+$/.test(location) ? "essai" : location}` : ""}`).toBe(expected[visitor]);
      if (visitor === "administrateur") expect(await prisma.wordPressImport.findFirstOrThrow()).toMatchObject({ dryRun: true, status: "RUNNING", fileName: "export.xml" });
      else expect(await databaseSnapshot()).toBe(before);
    });
  }

  it("envoyer un export avec des préfixes illisibles : renvoyé au formulaire, rien ne change", async () => {
    resetRequest();
    await resetDatabase();
    await createCast("administrateur");
    const before = await databaseSnapshot();
    const form = new FormData();
    form.append("fichier", new File([everyCaseExport()], "export.xml", { type: "text/xml" }));
    form.append("baseRubriques", "Rubriques à la une");
    const answer = await uploadExport(new Request(`${siteUrl()}/admin/import-wordpress/televersement`, { method: "POST", body: form, headers: own }));
    expect([answer.status, answer.headers.get("location")]).toEqual([303, "/admin/import-wordpress?erreur=prefixes"]);
    expect(await databaseSnapshot()).toBe(before);
  });
});
