import { describe, expect, it } from "vitest";
import { open, seal, SecretBoxError } from "./secret-box";

const KEY = "k".repeat(40);

describe("secret box", () => {
  it("round-trips, with a fresh IV each time", () => {
    const a = seal("JBSWY3DPEHPK3PXP", KEY);
    const b = seal("JBSWY3DPEHPK3PXP", KEY);
    expect(a).not.toBe(b);
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open(a, KEY)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses another key, a tampered ciphertext and garbage", () => {
    const sealed = seal("secret", KEY);
    expect(() => open(sealed, "x".repeat(40))).toThrow(SecretBoxError);
    const parts = sealed.split(":");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(() => open(parts.join(":"), KEY)).toThrow(SecretBoxError);
    expect(() => open("v1:a:b", KEY)).toThrow(SecretBoxError);
    expect(() => open("", KEY)).toThrow(SecretBoxError);
  });
});
