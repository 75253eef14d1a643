import { describe, expect, it } from "vitest";
import { ACTIONS, can, PERMISSIONS, type Role } from "./permissions";

const subject = (role: Role, id = "me") => ({ id, role });

describe("the permission table", () => {
  it("gives authors their own drafts and uploads, nothing of the site", () => {
    const author = subject("AUTHOR");
    expect(can(author, "article.create")).toBe(true);
    expect(can(author, "article.update", { ownerId: "me" })).toBe(true);
    expect(can(author, "article.update", { ownerId: "someone" })).toBe(false);
    expect(can(author, "article.submit", { ownerId: "me" })).toBe(true);
    expect(can(author, "media.upload")).toBe(true);
    for (const action of ["article.publish", "article.schedule", "article.unpublish", "article.delete", "category.manage", "tag.manage", "settings.manage", "site.manage", "user.manage", "audit.read", "trash.empty"] as const) {
      expect(can(author, action), action).toBe(false);
    }
  });

  it("gives editors every article and the taxonomy, not people nor settings", () => {
    const editor = subject("EDITOR");
    for (const action of ["article.publish", "article.schedule", "article.unpublish", "article.delete", "category.manage", "tag.manage"] as const) {
      expect(can(editor, action, { ownerId: "someone" }), action).toBe(true);
    }
    for (const action of ["settings.manage", "site.manage", "user.manage", "user.revokeSessions", "audit.read", "trash.empty"] as const) {
      expect(can(editor, action), action).toBe(false);
    }
  });

  it("gives admins everything", () => {
    for (const action of ACTIONS) expect(can(subject("ADMIN"), action, { ownerId: "someone" }), action).toBe(true);
  });

  it("makes each role a superset of the one below", () => {
    for (const [lower, higher] of [["AUTHOR", "EDITOR"], ["EDITOR", "ADMIN"]] as const) {
      for (const [action, scope] of Object.entries(PERMISSIONS[lower])) {
        expect(PERMISSIONS[higher][action as keyof (typeof PERMISSIONS)[typeof higher]], `${higher} ${action}`).toBe(scope === "any" ? "any" : PERMISSIONS[higher][action as never]);
        expect(PERMISSIONS[higher][action as never], `${higher} ${action}`).toBeTruthy();
      }
    }
  });

  it("refuses everything to nobody and to an admin who must first enrol in two-factor authentication", () => {
    expect(can(null, "article.read", { ownerId: null })).toBe(false);
    expect(can({ id: "a", role: "ADMIN", mustEnrollTwoFactor: true }, "settings.manage")).toBe(false);
  });
});
