-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('PREAMBLE', 'ARTICLE', 'CLAUSE', 'LETTER', 'APPENDIX', 'SCHEDULE');

-- CreateTable
CREATE TABLE "agreement_article" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "sectionPath" TEXT[],
    "kind" "ArticleKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "blocks" JSONB NOT NULL,
    "anchors" TEXT[],
    -- Hand-edited: a stored generated column, so every write keeps the index current on PostgreSQL and PGlite alike.
    -- The id and heading weigh A, the text B, and the 'english' configuration stems ("teaching" matches "teach").
    "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, "articleId" || ' ' || "heading"), 'A') ||
        setweight(to_tsvector('english'::regconfig, "text"), 'B')
    ) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "agreement_article_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "agreement_article_agreementId_idx" ON "agreement_article"("agreementId");

-- CreateIndex
CREATE INDEX "agreement_article_agreementId_position_idx" ON "agreement_article"("agreementId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_article_agreementId_articleId_key" ON "agreement_article"("agreementId", "articleId");

-- AddForeignKey
ALTER TABLE "agreement_article" ADD CONSTRAINT "agreement_article_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-edited: full-text index (Prisma cannot declare a GIN index on an Unsupported column).
CREATE INDEX "agreement_article_search_idx" ON "agreement_article" USING GIN ("search");
