import { beforeEach, describe, expect, it } from "vitest";
import { recommendAction } from "@/app/(site)/recommander/actions";
import { open } from "@/lib/crypto/secret-box";
import { prisma } from "@/lib/db";
import type { SealedMail } from "@/lib/mail/outbox";
import { issueFormToken } from "@/lib/recommend/form-token";
import { RECOMMENDATION_LIMITS, recommendPage, RecommendationRefused } from "@/lib/recommend/recommend";
import { recommendationSchema, type RecommendationInput } from "@/lib/recommend/schema";
import { getEncryptionKey } from "@/lib/secrets";
import { IDLE } from "@/lib/admin/form-state";
import { createMailTransport, mailFrom } from "@/lib/mail/transport";
import { deliverBatch } from "@/lib/mail/worker";
import { createArticle, ensureSettings, resetDatabase } from "../factories";
import { fromAddress, resetRequest } from "../support/request";
import { startSmtpServer } from "../support/smtp";

let path: string;
let articleId: string;

beforeEach(async () => {
  await resetDatabase();
  resetRequest();
  const article = await createArticle({ title: "Un entretien avec la directrice", excerpt: "La directrice répond à nos questions." });
  path = `/actualites/${article.slug}`;
  articleId = article.id;
});

const HOUR = 3_600_000;

function input(overrides: Partial<RecommendationInput> = {}, shownAt = Date.now() - 10_000): RecommendationInput {
  return {
    page: path,
    recipient: "camille.durand@exemple.fr",
    senderName: "Jeanne Martin",
    message: "Regarde cet entretien,\nil devrait te plaire.",
    token: issueFormToken(overrides.page ?? path, shownAt),
    website: "",
    ...overrides,
  };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const mails = () => prisma.outboxMail.findMany({ orderBy: { id: "asc" } });
const unseal = (sealed: string | null) => JSON.parse(open(sealed ?? "", getEncryptionKey())) as SealedMail;

describe("« Envoyer à un proche »", () => {
  it("queues one mail from the fixed template, counts it, and keeps no address in clear", async () => {
    const state = await recommendAction(IDLE, form({ ...input(), website: "" }));
    expect(state).toMatchObject({ status: "success" });

    const [mail, ...others] = await mails();
    expect(others).toHaveLength(0);
    expect(mail).toMatchObject({ kind: "RECOMMENDATION", status: "PENDING", recipientHint: "c•••@e•••.fr" });
    const sealed = unseal(mail!.sealed);
    expect(sealed.to).toBe("camille.durand@exemple.fr");
    expect(sealed.subject).toBe("Jeanne Martin vous recommande « Un entretien avec la directrice »");
    expect(sealed.text).toContain("Jeanne Martin vous recommande cette page");
    expect(sealed.text).toContain(`http://localhost:3000${path}`);
    expect(sealed.text).toContain("> Regarde cet entretien,\n> il devrait te plaire.");
    expect(sealed.html).toContain(`<a href="http://localhost:3000${path}">`);
    expect(sealed.html).toContain("La directrice répond à nos questions.");

    expect(await prisma.shareCount.findMany({ select: { page: true, channel: true, count: true, articleId: true } })).toEqual([
      { page: `article:${articleId}`, channel: "FORM", count: 1, articleId },
    ]);
    // Neither the recipient, nor the sender's IP, nor the page appear in what the limits keep.
    const counters = JSON.stringify(await prisma.rateCounter.findMany());
    for (const clear of ["camille", "exemple", "203.0.113", path]) expect(counters).not.toContain(clear);
    const outbox = JSON.stringify(await prisma.$queryRaw`SELECT * FROM "OutboxMail"`, (_key, value) => (typeof value === "bigint" ? String(value) : value));
    expect(outbox).not.toContain("camille");
  });

  it("reaches the recipient once over SMTP: French subject encoded, both parts, the page's link", async () => {
    const smtp = await startSmtpServer();
    try {
      await recommendPage(input(), { ip: "203.0.113.1" });
      await deliverBatch({ sender: createMailTransport(smtp.url), from: mailFrom });
      await deliverBatch({ sender: createMailTransport(smtp.url), from: mailFrom });
      const [message, ...others] = await smtp.waitForMessages(1);
      expect(others).toHaveLength(0);
      expect(message!.subject).toBe("Jeanne Martin vous recommande « Un entretien avec la directrice »");
      expect(smtp.raw[0]).toMatch(/^Subject: =\?UTF-8\?[QB]\?/im);
      expect(message!.to).toMatchObject({ text: "camille.durand@exemple.fr" });
      expect(message!.from?.value[0]?.address).toMatch(/^ne-pas-repondre@/);
      expect(message!.text).toContain(`Lire la page : http://localhost:3000${path}`);
      expect(message!.html).toContain(`href="http://localhost:3000${path}"`);
      expect(await prisma.outboxMail.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 1 });
    } finally {
      await smtp.close();
    }
  });

  it("escapes the message in the HTML part and keeps it out of every header", async () => {
    await recommendPage(input({ message: "<b>gras</b> & « guillemets »" }), { ip: "203.0.113.1" });
    const sealed = unseal((await mails())[0]!.sealed);
    expect(sealed.html).toContain("&#60;b&#62;gras&#60;/b&#62; &#38; « guillemets »");
    expect(sealed.html).not.toContain("<b>gras</b>");
    expect(sealed.subject).not.toContain("gras");
  });

  it("answers a filled honeypot as if it had worked, and sends nothing", async () => {
    const state = await recommendAction(IDLE, form({ ...input(), website: "https://spam.example.com" }));
    expect(state.status).toBe("success");
    expect(await mails()).toHaveLength(0);
    expect(await prisma.rateCounter.count()).toBe(0);
  });

  it("refuses a form sent within seconds of being shown, a forged token and an expired one", async () => {
    await expect(recommendPage(input({}, Date.now() - 500), { ip: "203.0.113.1" })).rejects.toThrow(/trop vite/);
    await expect(recommendPage(input({ token: `${Date.now() - 10_000}.faux` }), { ip: "203.0.113.1" })).rejects.toThrow(/plus valable/);
    await expect(recommendPage(input({}, Date.now() - 25 * HOUR), { ip: "203.0.113.1" })).rejects.toThrow(/expiré/);
    // A token shown for another page does not carry over.
    await expect(recommendPage({ ...input(), token: issueFormToken("/", Date.now() - 10_000) }, { ip: "203.0.113.1" })).rejects.toThrow(/plus valable/);
    expect(await mails()).toHaveLength(0);
  });

  it("recommends only published pages", async () => {
    for (const status of ["DRAFT", "IN_REVIEW", "ARCHIVED"] as const) {
      const hidden = await createArticle({ status });
      const page = `/actualites/${hidden.slug}`;
      await expect(recommendPage(input({ page, token: issueFormToken(page, Date.now() - 10_000) }), { ip: "203.0.113.1" })).rejects.toThrow(RecommendationRefused);
    }
    const future = await createArticle({ status: "SCHEDULED", publishedAt: new Date(Date.now() + HOUR) });
    const page = `/actualites/${future.slug}`;
    await expect(recommendPage(input({ page, token: issueFormToken(page, Date.now() - 10_000) }), { ip: "203.0.113.1" })).rejects.toThrow(/pas publiée/);
    for (const unknown of ["/actualites/inconnu", "/admin", "/medias/x.jpg"]) {
      await expect(recommendPage(input({ page: unknown, token: issueFormToken(unknown, Date.now() - 10_000) }), { ip: "203.0.113.1" })).rejects.toThrow(/pas publiée/);
    }
    expect(await mails()).toHaveLength(0);
  });

  it("is closed when an admin switches it off", async () => {
    await ensureSettings({ recommendationsEnabled: false });
    await expect(recommendPage(input(), { ip: "203.0.113.1" })).rejects.toThrow(/pas proposé/);
    expect(await mails()).toHaveLength(0);
    expect(await prisma.rateCounter.count()).toBe(0);
  });
});

describe("header injection and payloads", () => {
  const refused: Array<[field: "recipient" | "senderName" | "message", value: string]> = [
    ["recipient", "camille@exemple.fr\r\nBcc: victime@exemple.fr"],
    ["recipient", "camille@exemple.fr\nBcc: victime@exemple.fr"],
    ["recipient", "camille@exemple.fr%0ABcc:victime@exemple.fr"],
    ["recipient", "camille@exemple.fr, victime@exemple.fr"],
    ["recipient", "camille@exemple.fr;victime@exemple.fr"],
    ["recipient", "camille@exemple.fr victime@exemple.fr"],
    ["recipient", "Camille <camille@exemple.fr>"],
    ["recipient", '"camille@exemple.fr"@exemple.fr'],
    ["recipient", "camille@localhost"],
    ["recipient", "camille@serveur.localhost"],
    ["recipient", "camille@[127.0.0.1]"],
    ["recipient", "camille@[IPv6:::1]"],
    ["recipient", "camille@127.0.0.1"],
    ["recipient", "camille@10.0.0.1"],
    ["recipient", "camille@intranet.local"],
    ["recipient", "camille@machine.internal"],
    ["recipient", "camille@exemple"],
    ["recipient", "camille@-exemple.fr"],
    ["recipient", "camille@@exemple.fr"],
    ["recipient", "@exemple.fr"],
    ["recipient", "camille@exemple.fr\u0000"],
    ["recipient", "camille@exemple.fr\u2028"],
    ["recipient", ""],
    ["recipient", "élise@exemple.fr"],
    ["recipient", "camille@exemple.fr\r\n"],
    ["senderName", "Jeanne\r\nBcc: victime@exemple.fr"],
    ["senderName", "Jeanne\nSubject: gagnez"],
    ["senderName", "Jeanne%0D%0ABcc:"],
    ["senderName", "=?utf-8?b?QmNjOg==?="],
    ["senderName", "Jeanne <victime@exemple.fr>"],
    ["senderName", "Visitez spam.example.com"],
    ["senderName", "Gagnez 1000 €"],
    ["senderName", "J"],
    ["senderName", "x".repeat(61)],
    ["message", "Voir https://spam.example.com"],
    ["message", "Voir www.spam.example"],
    ["message", "Voir spam-pharma.com/offre"],
    ["message", "Écris-moi à jeanne@exemple.fr"],
    ["message", "Bonjour\u0000"],
    ["message", "Bonjour\u001b[31m"],
    ["message", "a".repeat(501)],
  ];

  it.each(refused)("refuses %s = %j with a French message, and queues nothing", async (field, value) => {
    fromAddress("198.51.100.20");
    const state = await recommendAction(IDLE, form({ ...input(), [field]: value }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.[field]).toMatch(/^(Adresse du destinataire|Votre nom|Votre message)/);
    expect(await mails()).toHaveLength(0);
    expect(await prisma.rateCounter.count()).toBe(0);
  });

  it("accepts what people really type", () => {
    for (const ok of [
      { recipient: "camille.durand+ensp@exemple.fr", senderName: "Jeanne d’Arc-Martin", message: "Bonne lecture !" },
      { recipient: "Camille@Exemple.FR", senderName: "M. Dupont", message: "" },
      { recipient: "elise@exemple.café", senderName: "Éloïse Ñúñez", message: "Ligne 1\r\nLigne 2, fin." },
    ]) {
      expect(recommendationSchema.safeParse({ ...input(), ...ok }).success, JSON.stringify(ok)).toBe(true);
    }
  });
});

describe("limits", () => {
  const at = (offset = 0) => new Date(Date.UTC(2026, 11, 1, 9, 0, 0) + offset);
  const send = (ip: string, recipient: string, now: Date) =>
    recommendPage(input({ recipient, token: issueFormToken(path, now.getTime() - 10_000) }), { ip }, now).then(
      () => "accepted",
      (error: unknown) => {
        if (error instanceof RecommendationRefused) return "refused";
        throw error;
      },
    );

  it("per IP: trips at the hourly threshold, IPv6 counted by /64, and opens again in the next hour", async () => {
    const { hour } = RECOMMENDATION_LIMITS.ip;
    const outcomes = [];
    for (let i = 0; i < hour + 1; i++) outcomes.push(await send(`2001:db8:1:2::${i + 1}`, `destinataire${i}@exemple.fr`, at(i)));
    expect(outcomes).toEqual([...Array<string>(hour).fill("accepted"), "refused"]);
    expect(await send("2001:db8:1:3::1", "autre@exemple.fr", at(10))).toBe("accepted");
    expect(await send("2001:db8:1:2::99", "encore@exemple.fr", at(HOUR))).toBe("accepted");
    expect(await prisma.outboxMail.count()).toBe(hour + 2);
  });

  it("per IP and day: trips at the daily threshold even spread over hours", async () => {
    const { hour, day } = RECOMMENDATION_LIMITS.ip;
    let accepted = 0;
    for (let i = 0; i < day + 2; i++) {
      const outcome = await send("203.0.113.50", `d${i}@exemple.fr`, at(Math.floor(i / hour) * HOUR + i));
      if (outcome === "accepted") accepted++;
    }
    expect(accepted).toBe(day);
    expect(await send("203.0.113.50", "lendemain@exemple.fr", at(24 * HOUR))).toBe("accepted");
  });

  it("per recipient: case, dots and +tags do not reset it", async () => {
    const variants = ["jeanne.martin@exemple.fr", "Jeanne.Martin+1@Exemple.fr", "jeannemartin+ensp@EXEMPLE.FR"];
    const outcomes = [];
    for (const [i, recipient] of variants.entries()) outcomes.push(await send(`198.51.100.${i + 1}`, recipient, at(i)));
    expect(outcomes).toEqual([...Array<string>(RECOMMENDATION_LIMITS.recipient.hour).fill("accepted"), "refused"]);
  });

  it("per page, then the site's daily cap from the settings", async () => {
    await ensureSettings({ recommendationDailyCap: 3 });
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await send(`192.0.2.${i + 1}`, `p${i}@exemple.fr`, at(i)));
    expect(outcomes).toEqual(["accepted", "accepted", "accepted", "refused"]);
    await expect(recommendPage(input({ token: issueFormToken(path, at(5).getTime() - 10_000) }), { ip: "192.0.2.99" }, at(5))).rejects.toThrow(/demain/);
    expect(await send("192.0.2.100", "demain@exemple.fr", at(24 * HOUR))).toBe("accepted");
  });

  it("lets exactly the limit through when a burst arrives at once", async () => {
    const now = new Date();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => send("203.0.113.77", `rafale${i}@exemple.fr`, now)));
    expect(outcomes.filter((outcome) => outcome === "accepted")).toHaveLength(RECOMMENDATION_LIMITS.ip.hour);
    expect(await prisma.outboxMail.count()).toBe(RECOMMENDATION_LIMITS.ip.hour);
    expect((await prisma.shareCount.findFirstOrThrow()).count).toBe(RECOMMENDATION_LIMITS.ip.hour);
  });
});
