import { describe, expect } from "vitest";
import { requeueMailAction } from "@/app/admin/(espace)/courriels/[id]/actions";
import { prisma } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { auditActions, matrixCase, post } from "../../support/matrix";

// The outbox holds people's addresses and password links: admins only, its one write included.
describe("matrix: the outbox", () => {
  matrixCase({
    name: "remettre en file un courriel en échec",
    allowed: ["administrateur"],
    setup: async () => {
      const { id } = await prisma.$transaction((tx) =>
        queueMail(tx, { kind: "PASSWORD_LINK", to: "jeanne@example.fr", subject: "Lien", text: "Lien", html: "<p>Lien</p>" }),
      );
      await prisma.outboxMail.update({ where: { id }, data: { status: "FAILED", attempts: 10, lastError: "421 : indisponible" } });
      return id;
    },
    call: (_cast, id) => post(requeueMailAction, { id: id.toString() }),
    verify: async (_cast, id) => {
      expect(await prisma.outboxMail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0, claimedBy: null });
      expect(await auditActions()).toEqual(["mail.requeued"]);
      const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "mail.requeued" } });
      expect(entry).toMatchObject({ targetType: "mail", targetId: id.toString(), targetLabel: "j•••@e•••.fr" });
      expect(JSON.stringify(entry.details)).not.toContain("jeanne");
    },
  });
});
