import { describe, expect, it } from "vitest";
import { recommendationMail } from "./mail-template";

const page = { title: "L’école « ouverte » & vous", excerpt: "Un chapô.", url: "https://www.ecole.example/actualites/l-ecole" };
const site = { siteName: "École nationale supérieure de la police", siteUrl: "https://www.ecole.example", contactEmail: "contact@ecole.example" };

describe("recommendationMail", () => {
  it("says who recommends what, with the link, in both parts", () => {
    const mail = recommendationMail(page, "Jeanne Martin", "", site);
    expect(mail.subject).toBe("Jeanne Martin vous recommande « L’école « ouverte » & vous »");
    expect(mail.text).toContain("Jeanne Martin vous recommande cette page du site École nationale supérieure de la police");
    expect(mail.text).toContain("Lire la page : https://www.ecole.example/actualites/l-ecole");
    expect(mail.text).not.toContain("Message de");
    expect(mail.html).toContain("<h1 style=\"font-size: 1.375em;\">L’école « ouverte » &#38; vous</h1>");
    expect(mail.html).toContain('<a href="https://www.ecole.example/actualites/l-ecole">');
    expect(mail.html).toContain("contact@ecole.example");
  });

  it("quotes the message as plain text", () => {
    const mail = recommendationMail(page, "Jeanne Martin", "Première ligne\n<script>alert(1)</script>", site);
    expect(mail.text).toContain("Message de Jeanne Martin :\n> Première ligne\n> <script>alert(1)</script>");
    expect(mail.html).toContain("Première ligne\n&#60;script&#62;alert(1)&#60;/script&#62;</blockquote>");
    expect(mail.html).not.toContain("<script>");
  });
});
