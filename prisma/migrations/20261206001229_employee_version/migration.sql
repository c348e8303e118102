-- AlterTable
ALTER TABLE "employee" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
