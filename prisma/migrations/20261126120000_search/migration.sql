-- Full-text search of articles, in French: see docs/decisions/0005-search.md.
-- Written by hand: Prisma models only the column and its GIN index, not the extension, the text
-- search configuration, the functions and the trigger. PostgreSQL 15 and 17 alike.
--
-- No semicolon may appear inside a statement, not even in a comment or a function body:
-- @prisma/adapter-pg 6.19 applies a migration by splitting its text at every semicolon (hence the
-- U&'...\003B...' escape in the trigger function below).

-- unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- "french" with accents folded before stemming, so that "securite", "Sécurité" and "sécurités"
-- give one lexeme, in documents and queries alike. ASCII-only words need no unaccent.
CREATE TEXT SEARCH CONFIGURATION kiosque_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION kiosque_fr
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- The reading text of a TipTap/ProseMirror body, as lib/rich-text/plain-text.ts sees it: paragraphs
-- and headings (their text nodes joined as written, a hard break as a line break) and image
-- captions, in document order, one block per paragraph. Alt texts, credits, link targets and mark
-- attributes are not reading text. Strict mode: ".**" in lax mode would visit array items twice.
CREATE FUNCTION kiosque_article_plain_text(body jsonb) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce(string_agg(block_text, E'\n\n' ORDER BY block_no), '')
  FROM (
    SELECT
      block_no,
      CASE
        WHEN block ->> 'type' = 'image' THEN block #>> '{attrs,caption}'
        ELSE (
          SELECT string_agg(CASE WHEN inline ->> 'type' = 'text' THEN inline ->> 'text' ELSE E'\n' END, '' ORDER BY inline_no)
          FROM jsonb_array_elements(
            CASE WHEN jsonb_typeof(block -> 'content') = 'array' THEN block -> 'content' ELSE '[]'::jsonb END
          ) WITH ORDINALITY AS inlines(inline, inline_no)
          WHERE inline ->> 'type' IN ('text', 'hardBreak')
        )
      END AS block_text
    FROM jsonb_path_query(
      body,
      'strict $.** ? (@.type == "paragraph" || @.type == "heading" || @.type == "image")'
    ) WITH ORDINALITY AS blocks(block, block_no)
  ) AS texts
  WHERE block_text <> ''
$$;

-- The search document: title (weight A) above the standfirst (B) above the body (C).
-- STABLE, not IMMUTABLE: its result depends on the unaccent rules and the stemmer's files.
CREATE FUNCTION kiosque_article_search_vector(title text, excerpt text, body jsonb) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT
    setweight(to_tsvector('kiosque_fr', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('kiosque_fr', coalesce(excerpt, '')), 'B') ||
    setweight(to_tsvector('kiosque_fr', coalesce(kiosque_article_plain_text(body), '')), 'C')
$$;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector;

-- Matching and ranking read the vector of every candidate row: keep it inside the row (compressed)
-- and let the larger body move out to TOAST first. Out of line, fetching the vectors' TOAST chunks
-- made matching a frequent word five times slower at 10,000 articles (scripts/bench-search.ts).
ALTER TABLE "Article" ALTER COLUMN "searchVector" SET STORAGE MAIN;

-- Every write path (Prisma, raw SQL, a future import) keeps the vector current: a trigger, not code.
CREATE FUNCTION kiosque_article_search_vector_trigger() RETURNS trigger
LANGUAGE plpgsql
AS U&'
BEGIN
  NEW."searchVector" := kiosque_article_search_vector(NEW.title, NEW.excerpt, NEW.body)\003B
  RETURN NEW\003B
END
';

CREATE TRIGGER "Article_searchVector_update"
  BEFORE INSERT OR UPDATE OF title, excerpt, body ON "Article"
  FOR EACH ROW EXECUTE FUNCTION kiosque_article_search_vector_trigger();

-- Backfill the articles that existed before this migration.
UPDATE "Article" SET "searchVector" = kiosque_article_search_vector(title, excerpt, body);

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
