-- AlterTable
ALTER TABLE "pay_period" ADD COLUMN     "nonStandardReason" TEXT;
