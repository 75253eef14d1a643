import { startEmbeddedPostgres, ensureDatabase } from "../lib/embedded-postgres.ts";
const s = await startEmbeddedPostgres({ dataDir: "/tmp/kiosque-devpg", port: 55432, log: console.log });
await ensureDatabase(s.adminUrl, "kiosque");
console.log("URL", s.databaseUrl("kiosque"));
setInterval(() => {}, 1 << 30);
