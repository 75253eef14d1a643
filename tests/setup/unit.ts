import { afterEach } from "vitest";

// Secrets from the environment, so that no unit test generates one into ./data/secrets (a site's
// data folder, which tests must never touch; lib/secrets.ts writes there when a variable is unset).
process.env.KIOSQUE_ENCRYPTION_KEY ??= "clé de chiffrement des tests unitaires, 32 caractères au moins";
process.env.AUTH_SECRET ??= "secret d'authentification des tests unitaires, 32 caractères au moins";

// Testing Library only cleans up automatically when vitest globals are on; they are off here.
afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/react");
    cleanup();
  }
});
