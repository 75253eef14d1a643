/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL. */
import { parseEnv } from "../lib/env";
import { applyMigrations } from "../lib/migrations";

const { DATABASE_URL } = parseEnv();
if (!DATABASE_URL) {
  console.error("DATABASE_URL n'est pas défini : `npm start` applique lui-même les migrations à la base embarquée.");
  process.exit(1);
}
await applyMigrations(DATABASE_URL);
console.log("Migrations appliquées.");
