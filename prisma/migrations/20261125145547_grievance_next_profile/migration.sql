-- AlterTable
ALTER TABLE "grievance" ADD COLUMN     "nextProfile" TEXT;
