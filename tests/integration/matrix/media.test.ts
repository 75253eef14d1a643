import { describe, expect, it } from "vitest";
import MediaLibraryPage from "@/app/admin/(espace)/medias/page";
import MediaItemPage from "@/app/admin/(espace)/medias/[id]/page";
import { deleteMediaAction, listMediaAction, updateMediaAction } from "@/app/admin/(espace)/medias/actions";
import { POST as uploadRoute } from "@/app/admin/(espace)/medias/televersement/route";
import { prisma } from "@/lib/db";
import type { PickerPage, UploadResponse } from "@/lib/media/library";
import { createMedia, resetDatabase } from "../../factories";
import { solidJpeg } from "../../support/images";
import { auditActions, call, createCast, matrixCase, post, VISITORS, type Cast } from "../../support/matrix";
import { resetRequest } from "../../support/request";

const STAFF = ["auteur", "autre auteur", "éditeur", "administrateur"] as const;

/** The upload route answers JSON over HTTP: its refusal reads like an action's. */
async function upload() {
  const form = new FormData();
  form.append("fichier", new File([new Uint8Array(await solidJpeg(40, 30))], "matrice.jpg", { type: "image/jpeg" }));
  form.append("alt", "Une image de la matrice");
  const response = await uploadRoute(new Request("http://localhost:3000/admin/medias/televersement", { method: "POST", body: form }));
  const body = (await response.json()) as UploadResponse;
  return body.status === "error" ? { status: "error" as const, message: body.message } : { status: "success" as const, data: body };
}

/** An upload of the author's (the cast's "auteur"). */
const authorsUpload = (cast: Cast) => createMedia({ uploadedById: cast.author.id, alt: "Avant" });

describe("matrix: the media library", () => {
  matrixCase({
    name: "téléverser une image",
    allowed: STAFF,
    call: () => upload(),
    verify: async (cast) => {
      expect(await prisma.media.findMany({ select: { originalName: true, uploadedById: true } })).toEqual([{ originalName: "matrice.jpg", uploadedById: cast.actor!.id }]);
      expect(await auditActions()).toEqual(["media.uploaded"]);
    },
  });

  matrixCase({
    name: "modifier une image téléversée par l’auteur",
    allowed: ["auteur", "éditeur", "administrateur"],
    setup: authorsUpload,
    call: (_cast, media) =>
      post(updateMediaAction, { id: media.id, updatedAt: media.updatedAt.toISOString(), alt: "Après", caption: "", credit: "", focalX: "20", focalY: "70" }),
    verify: async (_cast, media) => {
      expect(await prisma.media.findUniqueOrThrow({ where: { id: media.id }, select: { alt: true, focalX: true, focalY: true } })).toEqual({ alt: "Après", focalX: 0.2, focalY: 0.7 });
      expect(await auditActions()).toEqual(["media.updated"]);
    },
  });

  matrixCase({
    name: "supprimer une image inutilisée",
    allowed: ["éditeur", "administrateur"],
    setup: authorsUpload,
    call: (_cast, media) => post(deleteMediaAction, { id: media.id, confirm: "on" }),
    verify: async () => {
      expect(await prisma.media.count()).toBe(0);
      expect(await auditActions()).toEqual(["media.deleted"]);
    },
  });

  matrixCase({
    name: "lister la médiathèque dans l’éditeur",
    allowed: STAFF,
    setup: authorsUpload,
    call: (_cast, media) =>
      call<PickerPage>(listMediaAction, { q: "" }).then((answer) => {
        if (answer.status === "success") expect(answer.data.items.map((item) => item.id)).toEqual([media.id]);
        return answer;
      }),
    verify: async () => {
      expect(await auditActions()).toEqual([]);
    },
  });
});

/** What a request for the page gets: the page, a redirect (and where), or a 404. */
async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    return (await call()) ? "page" : "nothing";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirection vers ${digest.split(";")[2]}`;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
    throw error;
  }
}

describe("matrix: the media library's pages check the session themselves", () => {
  const pages = [
    { name: "médiathèque", call: () => MediaLibraryPage({ searchParams: Promise.resolve({}) }) },
    { name: "fiche d’une image", call: (id: string) => MediaItemPage({ params: Promise.resolve({ id }) }) },
  ];
  for (const page of pages) {
    for (const visitor of VISITORS) {
      const expected = (STAFF as readonly string[]).includes(visitor) ? "page" : "redirection vers /admin/connexion";
      it(`${page.name} — ${visitor} : ${expected}`, async () => {
        resetRequest();
        await resetDatabase();
        const cast = await createCast(visitor);
        const media = await authorsUpload(cast);
        expect(await outcome(() => page.call(media.id))).toBe(expected);
      });
    }
  }

  it("fiche d’une image qui n’existe pas : 404", async () => {
    resetRequest();
    await resetDatabase();
    await createCast("auteur");
    expect(await outcome(() => MediaItemPage({ params: Promise.resolve({ id: "c".repeat(25) }) }))).toBe("404");
    expect(await outcome(() => MediaItemPage({ params: Promise.resolve({ id: "pas-un-identifiant" }) }))).toBe("404");
  });
});
