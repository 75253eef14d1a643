import path from "node:path";
import { defineConfig } from "prisma/config";
import { CliAdapterFactory } from "./prisma/cli-adapter";

// Without a postgresql:// URL the CLI falls back to downloading a native engine (STACK.md, trap 1);
// `generate` needs no database, so a placeholder is enough there.
const url = process.env.DATABASE_URL?.startsWith("postgres")
  ? process.env.DATABASE_URL
  : "postgresql://kiosque@127.0.0.1:5432/kiosque";
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new CliAdapterFactory(url);
  },
});
