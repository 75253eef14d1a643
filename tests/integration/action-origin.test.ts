/**
 * Back-office server actions called as an admin, with a valid session, by something that is not
 * one of the site's pages: without Origin (Next.js lets that through) or with another site's
 * (Next.js refuses it before the action; the action refuses it again). Refused in French, and
 * nothing changed — not even the audit log. The same calls from the site's own origin work.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { createArticleAction, publishArticleAction } from "@/app/admin/(espace)/articles/actions";
import { updateSettingsAction } from "@/app/admin/(espace)/reglages/actions";
import { signOutAction } from "@/app/admin/sign-out";
import { prisma } from "@/lib/db";
import { FOREIGN_ORIGIN_MESSAGE } from "@/lib/http/same-origin";
import { createArticle, createStaff, resetDatabase } from "../factories";
import { databaseSnapshot } from "../support/database-snapshot";
import { post } from "../support/matrix";
import { actAs, nextAuthMock, resetRequest, withOrigin } from "../support/request";

const settings = {
  siteName: "Nom choisi par un autre site",
  shortName: "ENSP",
  tagline: "",
  description: "",
  ministry: "Ministère de l'Intérieur",
  contactEmail: "",
  articlesPerPage: "12",
  accessibilityStatus: "PARTIAL",
  recommendationDailyCap: "150",
};

let draft: { id: string; version: number };

beforeEach(async () => {
  resetRequest();
  await resetDatabase();
  actAs(await createStaff("ADMIN"));
  draft = await createArticle({ status: "DRAFT" });
  nextAuthMock.signOut.mockClear();
});

describe("server actions refuse a call that no page of the site made", () => {
  for (const [label, origin] of [
    ["sans Origin", null],
    ["Origin d’un autre site", "https://pirate.example"],
    ["Origin « null »", "null"],
  ] as const) {
    it(`${label} : refusé en français, rien ne change`, async () => {
      withOrigin(origin);
      const before = await databaseSnapshot();
      expect(await post(updateSettingsAction, settings)).toMatchObject({ status: "error", message: FOREIGN_ORIGIN_MESSAGE });
      expect(await createArticleAction({ title: "Article d’ailleurs" })).toEqual({ status: "error", message: FOREIGN_ORIGIN_MESSAGE });
      expect(await publishArticleAction({ id: draft.id, version: draft.version })).toEqual({ status: "error", message: FOREIGN_ORIGIN_MESSAGE });
      await signOutAction();
      expect(nextAuthMock.signOut).not.toHaveBeenCalled();
      expect(await databaseSnapshot()).toBe(before);
    });
  }

  it("the same calls from the site's own page work", async () => {
    expect((await post(updateSettingsAction, settings)).status).not.toBe("error");
    expect((await prisma.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).siteName).toBe(settings.siteName);
    expect((await createArticleAction({ title: "Article du site" })).status).toBe("success");
    await signOutAction();
    expect(nextAuthMock.signOut).toHaveBeenCalledOnce();
  });
});
