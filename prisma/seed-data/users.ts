import type { SeedUserKey } from "./types";

/**
 * The two demo users besides the administrator (whose e-mail comes from the environment).
 * They get a random password nobody knows: an administrator resets it to use the account.
 */
export const seedUsers: Record<Exclude<SeedUserKey, "admin">, { name: string; email: string; role: "EDITOR" | "AUTHOR" }> = {
  editor: { name: "Service communication", email: "communication@kiosque.localhost", role: "EDITOR" },
  author: { name: "Rédaction pédagogique", email: "redaction@kiosque.localhost", role: "AUTHOR" },
};

export const ADMIN_NAME = "Administrateur";
