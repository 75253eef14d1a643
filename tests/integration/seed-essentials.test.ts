import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { seedDatabase } from "@/prisma/seed";
import { seedUsers } from "@/prisma/seed-data";

const uploadsDir = path.resolve(process.env.KIOSQUE_DATA_DIR ?? "data", "uploads");
const ADMIN_EMAIL = "Direction@ecole.example";

describe("a production database (DATABASE_URL) gets the essentials only", () => {
  it("creates the school's settings, its sites and the administrator, and nothing of the demo", async () => {
    const result = await seedDatabase(prisma, { uploadsDir, adminEmail: ADMIN_EMAIL, adminPassword: "un mot de passe de production", demo: false });
    expect(result).toEqual({ seeded: true, essentials: true, demo: false });
    expect(await prisma.siteSettings.count()).toBe(1);
    expect(await prisma.site.count()).toBe(2);
    const users = await prisma.user.findMany({ omit: { passwordHash: false } });
    expect(users.map((user) => [user.email, user.role])).toEqual([["direction@ecole.example", "ADMIN"]]);
    expect(await verifyPassword(users[0]!.passwordHash!, "un mot de passe de production")).toBe(true);
    for (const count of await Promise.all([prisma.article.count(), prisma.category.count(), prisma.tag.count(), prisma.media.count()])) {
      expect(count).toBe(0);
    }
  });

  it("runs again at every start without writing anything", async () => {
    const before = await prisma.user.findMany({ select: { id: true, updatedAt: true } });
    expect(await seedDatabase(prisma, { uploadsDir, adminEmail: "autre@ecole.example", demo: false })).toEqual({
      seeded: false,
      essentials: false,
      demo: false,
    });
    expect(await prisma.user.findMany({ select: { id: true, updatedAt: true } })).toEqual(before);
  });

  it("adds the demo content only when asked (npm run db:seed -- --demo), under the existing administrator", async () => {
    const result = await seedDatabase(prisma, { uploadsDir, adminEmail: ADMIN_EMAIL, demo: true });
    expect(result).toEqual({ seeded: true, essentials: false, demo: true });
    expect(await prisma.article.count()).toBeGreaterThan(30);
    expect(await prisma.user.count({ where: { email: { in: Object.values(seedUsers).map((user) => user.email) } } })).toBe(2);
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "direction@ecole.example" } });
    expect(await prisma.article.count({ where: { authorId: admin.id } })).toBeGreaterThan(0);
    expect(await prisma.siteSettings.count()).toBe(1);
    expect(await prisma.site.count()).toBe(2);
  });
});
