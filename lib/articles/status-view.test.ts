import { describe, expect, it } from "vitest";
import { articleStatusView, displayTitle, pendingChangesText, statusBadgeClass } from "./status-view";

describe("status view", () => {
  it("says each status in words, with its badge", () => {
    expect(articleStatusView({ status: "DRAFT", isPublic: false })).toEqual({ label: "Brouillon", badge: "fr-badge--new" });
    expect(articleStatusView({ status: "IN_REVIEW", isPublic: false })).toEqual({ label: "En relecture", badge: "fr-badge--warning" });
    expect(articleStatusView({ status: "SCHEDULED", isPublic: false })).toEqual({ label: "Programmé", badge: "fr-badge--info" });
    expect(articleStatusView({ status: "PUBLISHED", isPublic: true })).toEqual({ label: "Publié", badge: "fr-badge--success" });
    expect(statusBadgeClass(articleStatusView({ status: "ARCHIVED", isPublic: false }))).toBe("fr-badge fr-badge--sm");
  });

  it("calls a scheduled article whose minute has come published, as readers see it", () => {
    expect(articleStatusView({ status: "SCHEDULED", isPublic: true }).label).toBe("Publié");
  });

  it("says when changes wait in a working copy, and whether they were submitted", () => {
    expect(pendingChangesText({ hasChanges: false, changesSubmitted: false })).toBeNull();
    expect(pendingChangesText({ hasChanges: true, changesSubmitted: false })).toBe("Modifications en attente");
    expect(pendingChangesText({ hasChanges: true, changesSubmitted: true })).toBe("Modifications en attente, soumises à la relecture");
  });

  it("gives an untitled draft words to be a link", () => {
    expect(displayTitle("  ")).toBe("(sans titre)");
    expect(displayTitle("Continuum")).toBe("Continuum");
  });
});
