import { describe, expect, it } from "vitest";
import { clockTime, initialSaveState, isDirty, retryDelay, saveReducer, saveStatus, shouldAutosave, type SaveEvent, type SaveState } from "./autosave";

const run = (...events: SaveEvent[]): SaveState => events.reduce(saveReducer, initialSaveState());
const AT = "2026-11-30T13:32:10.000Z";

describe("the autosave state machine", () => {
  it("starts clean and says so", () => {
    const state = initialSaveState();
    expect(isDirty(state)).toBe(false);
    expect(shouldAutosave(state)).toBe(false);
    expect(saveStatus(state).text).toBe("Aucune modification à enregistrer");
  });

  it("a change is unsaved until a save of it succeeds, then says when (Paris time)", () => {
    const changed = run({ type: "changed" });
    expect(saveStatus(changed)).toEqual({ text: "Modifications non enregistrées", tone: "warning" });
    expect(shouldAutosave(changed)).toBe(true);
    const saving = saveReducer(changed, { type: "started", revision: changed.revision });
    expect(saveStatus(saving).text).toBe("Enregistrement…");
    expect(shouldAutosave(saving)).toBe(false);
    const saved = saveReducer(saving, { type: "succeeded", revision: saving.inFlight!, at: AT });
    expect(isDirty(saved)).toBe(false);
    expect(saveStatus(saved)).toEqual({ text: "Enregistré à 14:32", tone: "success" });
  });

  it("what is typed during a save stays unsaved after it", () => {
    const state = run({ type: "changed" }, { type: "started", revision: 1 }, { type: "changed" }, { type: "succeeded", revision: 1, at: AT });
    expect(isDirty(state)).toBe(true);
    expect(shouldAutosave(state)).toBe(true);
    expect(saveStatus(state).text).toBe("Modifications non enregistrées");
  });

  it("an old save answering late never marks newer typing as saved", () => {
    const state = run({ type: "changed" }, { type: "changed" }, { type: "succeeded", revision: 2, at: AT }, { type: "succeeded", revision: 1, at: AT });
    expect(state.savedRevision).toBe(2);
  });

  it("offline: keeps the changes, says they are in this browser, and retries with a growing delay", () => {
    const state = run({ type: "changed" }, { type: "started", revision: 1 }, { type: "offline" });
    expect(saveStatus(state)).toEqual({ text: "Hors ligne : vos modifications sont gardées dans ce navigateur", tone: "warning" });
    expect(isDirty(state)).toBe(true);
    expect(shouldAutosave(state)).toBe(true);
    expect(retryDelay(state, 0)).toBe(5_000);
    expect(retryDelay(state, 2)).toBe(20_000);
    expect(retryDelay(state, 10)).toBe(60_000);
    const back = saveReducer(saveReducer(state, { type: "started", revision: 1 }), { type: "succeeded", revision: 1, at: AT });
    expect(back.offline).toBe(false);
    expect(saveStatus(back).text).toBe("Enregistré à 14:32");
  });

  it("says at once when the browser loses the connection, even before a save tries", () => {
    const state = run({ type: "changed" }, { type: "wentOffline" });
    expect(saveStatus(state).text).toBe("Hors ligne : vos modifications sont gardées dans ce navigateur");
    const saving = run({ type: "changed" }, { type: "started", revision: 1 }, { type: "wentOffline" });
    expect(saving.inFlight).toBe(1);
    expect(saveStatus(saveReducer(state, { type: "backOnline" })).text).toBe("Modifications non enregistrées");
    // Nothing typed: nothing to worry about.
    expect(saveStatus(run({ type: "wentOffline" })).text).toBe("Aucune modification à enregistrer");
  });

  it("a conflict stops autosaving until the person chooses", () => {
    const state = run({ type: "changed" }, { type: "started", revision: 1 }, { type: "conflict" }, { type: "changed" });
    expect(shouldAutosave(state)).toBe(false);
    expect(retryDelay(state, 0)).toBeNull();
    expect(saveStatus(state).tone).toBe("error");
    expect(saveStatus(state).text).toMatch(/enregistré ailleurs/);
    // "Garder ma version": saving resumes, with everything typed meanwhile.
    const mine = saveReducer(state, { type: "keepMine" });
    expect(shouldAutosave(mine)).toBe(true);
    // "Prendre la version enregistrée": the content is the server's, nothing left to save.
    const theirs = saveReducer(state, { type: "replaced", at: AT });
    expect(isDirty(theirs)).toBe(false);
    expect(theirs.conflict).toBe(false);
  });

  it("a refusal is shown with the server's words and not retried until the next change", () => {
    const state = run({ type: "changed" }, { type: "started", revision: 1 }, { type: "failed", message: "Votre session a pris fin : reconnectez-vous pour continuer." });
    expect(saveStatus(state)).toEqual({ text: "Non enregistré : Votre session a pris fin : reconnectez-vous pour continuer.", tone: "error" });
    expect(retryDelay(state, 0)).toBeNull();
    expect(shouldAutosave(saveReducer(state, { type: "changed" }))).toBe(true);
  });

  it("writes times as a clock in Paris shows them, winter and summer", () => {
    expect(clockTime("2026-11-30T13:32:00Z")).toBe("14:32");
    expect(clockTime("2026-07-01T07:05:00Z")).toBe("09:05");
    expect(clockTime("2026-07-01T22:05:00Z")).toBe("00:05");
  });
});
