import { describe, expect, it } from "vitest";
import {
  formatManualKey,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  totpCode,
  totpUri,
} from "./totp-codes";

describe("TOTP", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 30, 12, 0, 10);

  it("accepts the current code and its neighbours, and tells which step it was", () => {
    const step = Math.floor(now / 30_000);
    expect(matchTotp(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
  });

  it("refuses an old code, another secret's code and malformed input", () => {
    expect(matchTotp(secret, totpCode(secret, now - 90_000), now)).toBeNull();
    expect(matchTotp(newTotpSecret(), totpCode(secret, now), now)).toBeNull();
    for (const code of ["", "12345", "1234567", "abcdef", "12 34 5a"]) expect(matchTotp(secret, code, now)).toBeNull();
  });

  it("forgives spaces typed inside a code", () => {
    const code = totpCode(secret, now);
    expect(matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).not.toBeNull();
  });

  it("gives an otpauth:// URI with the issuer and the account, and a readable manual key", () => {
    const uri = totpUri(secret, "ENSP Kiosque", "agent@ecole.example");
    expect(uri).toMatch(/^otpauth:\/\/totp\/ENSP%20Kiosque:agent%40ecole\.example\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(formatManualKey("ABCDEFGHIJKL")).toBe("ABCD EFGH IJKL");
  });
});

describe("recovery codes", () => {
  it("are ten distinct, readable codes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(code).not.toMatch(/[01ilo]/);
    }
  });

  it("hash alike whatever the case and separators typed", () => {
    expect(hashRecoveryCode("K7M2P-X9QRT")).toBe(hashRecoveryCode(" k7m2p x9qrt "));
    expect(hashRecoveryCode("k7m2p-x9qrt")).not.toBe(hashRecoveryCode("k7m2p-x9qrs"));
    expect(looksLikeRecoveryCode("k7m2p-x9qrt")).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
