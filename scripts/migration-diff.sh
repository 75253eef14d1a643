#!/usr/bin/env bash
# Prints the SQL that brings prisma/migrations up to prisma/schema.prisma, to start a new migration:
#
#   DATABASE_URL=postgresql://… scripts/migration-diff.sh > prisma/migrations/<timestamp>_<name>/migration.sql
#
# (any running PostgreSQL will do: the shadow database is created and dropped on it). Prisma 6.19's
# WASM schema engine crashes ("RuntimeError: unreachable") while introspecting a shadow database
# that holds CHECK constraints, and Prisma does not model them anyway: the migrations are replayed
# from a copy without their CHECK lines (nor partial indexes). Add the new migration's own CHECK
# constraints and partial indexes by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r prisma/migrations "$copy/"
sed -i -E '/ADD CONSTRAINT "[A-Za-z_]+_check" CHECK/d' "$copy"/migrations/*/migration.sql
# Partial indexes (one line each, `CREATE INDEX … WHERE …`) are not in the Prisma schema either:
# left out, so that the diff does not propose to drop them.
sed -i -E '/^CREATE INDEX .* WHERE /d' "$copy"/migrations/*/migration.sql
npx prisma migrate diff --from-migrations "$copy/migrations" --to-schema-datamodel prisma/schema.prisma --script
