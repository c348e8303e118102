-- AlterTable
ALTER TABLE "pay_line" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "explanationId" TEXT,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "refLineId" TEXT;

-- CreateTable
CREATE TABLE "ttoc_placement" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "certificated" BOOLEAN NOT NULL,
    "category" TEXT,
    "step" INTEGER,
    "bankDays" INTEGER,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ttoc_placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pay_explanation" (
    "id" TEXT NOT NULL,
    "steps" TEXT[],
    "citations" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pay_explanation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ttoc_placement_organizationId_idx" ON "ttoc_placement"("organizationId");

-- CreateIndex
CREATE INDEX "ttoc_placement_employeeId_idx" ON "ttoc_placement"("employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "ttoc_placement_employeeId_effectiveDate_key" ON "ttoc_placement"("employeeId", "effectiveDate");

-- CreateIndex
CREATE INDEX "pay_line_refLineId_idx" ON "pay_line"("refLineId");

-- CreateIndex
CREATE INDEX "pay_line_explanationId_idx" ON "pay_line"("explanationId");

-- AddForeignKey
ALTER TABLE "ttoc_placement" ADD CONSTRAINT "ttoc_placement_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pay_line" ADD CONSTRAINT "pay_line_explanationId_fkey" FOREIGN KEY ("explanationId") REFERENCES "pay_explanation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pay_line" ADD CONSTRAINT "pay_line_refLineId_fkey" FOREIGN KEY ("refLineId") REFERENCES "pay_line"("id") ON DELETE SET NULL ON UPDATE CASCADE;
