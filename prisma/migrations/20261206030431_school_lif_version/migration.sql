-- AlterTable
ALTER TABLE "lif_consultation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "school" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
