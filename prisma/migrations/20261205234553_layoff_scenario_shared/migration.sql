-- AlterTable
ALTER TABLE "layoff_scenario" ADD COLUMN     "sharedAt" TIMESTAMP(3),
ADD COLUMN     "sharedById" TEXT;
