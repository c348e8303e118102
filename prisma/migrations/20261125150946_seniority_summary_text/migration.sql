-- AlterTable: the summary's pieces and layoffs as JSON text (read faster on a 6,000-row list than jsonb)
ALTER TABLE "seniority_summary" ALTER COLUMN "years" SET DATA TYPE TEXT USING "years"::text,
ALTER COLUMN "layoffs" DROP DEFAULT,
ALTER COLUMN "layoffs" SET DATA TYPE TEXT USING "layoffs"::text,
ALTER COLUMN "layoffs" SET DEFAULT '[]';
