import { describe, expect, it } from "vitest";
import { describeSendError, describeSmtpUrl, isPermanentSmtpError } from "./transport";
import { backoffMs } from "./worker";

describe("SMTP errors as the outbox keeps them", () => {
  it("keep the code and the server's words, without any address", () => {
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <jeanne.martin@example.fr>: Recipient address rejected"), {
      code: "EENVELOPE",
      responseCode: 550,
    });
    const text = describeSendError(error);
    expect(text).toMatch(/^EENVELOPE 550 : /);
    expect(text).not.toContain("jeanne");
    expect(text).toContain("[adresse]");
    expect(describeSendError("x".repeat(2_000))).toHaveLength(500);
  });

  it("tell a permanent refusal (5xx) from a temporary one", () => {
    expect(isPermanentSmtpError({ responseCode: 550 })).toBe(true);
    expect(isPermanentSmtpError({ responseCode: 421 })).toBe(false);
    expect(isPermanentSmtpError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ESOCKET" }))).toBe(false);
  });

  it("never log the SMTP account", () => {
    expect(describeSmtpUrl("smtps://kiosque:secret@smtp.exemple.fr:465")).toBe("smtps://smtp.exemple.fr:465");
  });
});

describe("the backoff", () => {
  it("doubles after each failure, up to its ceiling", () => {
    const policy = { backoffBaseMs: 30_000, backoffMaxMs: 3_600_000 };
    expect([1, 2, 3, 4].map((attempts) => backoffMs(attempts, policy))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20, policy)).toBe(3_600_000);
  });
});
