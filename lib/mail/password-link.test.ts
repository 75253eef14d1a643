import { describe, expect, it } from "vitest";
import { passwordLinkMail } from "./password-link";

const base = { to: "nina@ecole.example", url: "https://ecole.example/admin/mot-de-passe/abc", expiresAt: new Date("2027-01-02T10:00:00Z") };

describe("the password link's mail", () => {
  it("says what the link is for, until when, in both parts", () => {
    const mail = passwordLinkMail({ ...base, name: "Nina", purpose: "INVITATION" }, "ENSP");
    expect(mail.subject).toBe("Votre compte sur le site de ENSP : choisissez votre mot de passe");
    expect(mail.text).toContain(base.url);
    expect(mail.text).toMatch(/valable jusqu’au 2 janvier 2027/);
    expect(mail.html).toContain(`<a href="${base.url}">`);
    expect(passwordLinkMail({ ...base, name: "Nina", purpose: "PASSWORD_RESET" }, "ENSP").subject).toBe("Nouveau mot de passe pour le site de ENSP");
  });

  it("escapes a name in the HTML part", () => {
    const mail = passwordLinkMail({ ...base, name: `<img src=x onerror="alert(1)">`, purpose: "INVITATION" }, "A & B");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62;");
    expect(mail.html).toContain("A &#38; B");
  });
});
