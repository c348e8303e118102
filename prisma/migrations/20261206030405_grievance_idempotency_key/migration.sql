-- AlterTable
ALTER TABLE "grievance" ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "grievance_event" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "grievance_idempotencyKey_key" ON "grievance"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "grievance_event_idempotencyKey_key" ON "grievance_event"("idempotencyKey");
