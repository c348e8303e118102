-- CreateEnum
CREATE TYPE "LayoffScenarioStatus" AS ENUM ('DRAFT', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "RecallStatus" AS ENUM ('ACTIVE', 'RECALLED', 'LOST');

-- CreateTable
CREATE TABLE "layoff_scenario" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "status" "LayoffScenarioStatus" NOT NULL DEFAULT 'DRAFT',
    "result" JSONB,
    "createdById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "layoff_scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recall_entry" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "scenarioId" TEXT,
    "layoffEffectiveDate" DATE NOT NULL,
    "seniorityDate" DATE,
    "seniorityDays" DOUBLE PRECISION,
    "expiresOn" DATE NOT NULL,
    "expiryArticle" TEXT NOT NULL,
    "status" "RecallStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "recall_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recall_offer" (
    "id" TEXT NOT NULL,
    "recallEntryId" TEXT NOT NULL,
    "positionTitle" TEXT NOT NULL,
    "fteMilli" INTEGER NOT NULL,
    "offeredAt" TIMESTAMP(3) NOT NULL,
    "respondBy" TIMESTAMP(3) NOT NULL,
    "response" TEXT,
    "respondedAt" TIMESTAMP(3),
    "late" BOOLEAN NOT NULL DEFAULT false,
    "equalOrGreaterTime" BOOLEAN NOT NULL DEFAULT true,
    "changeOfCommunity" BOOLEAN NOT NULL DEFAULT false,
    "qualified" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recall_offer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "layoff_scenario_organizationId_idx" ON "layoff_scenario"("organizationId");

-- CreateIndex
CREATE INDEX "layoff_scenario_agreementId_idx" ON "layoff_scenario"("agreementId");

-- CreateIndex
CREATE INDEX "recall_entry_organizationId_idx" ON "recall_entry"("organizationId");

-- CreateIndex
CREATE INDEX "recall_entry_employeeId_idx" ON "recall_entry"("employeeId");

-- CreateIndex
CREATE INDEX "recall_entry_scenarioId_idx" ON "recall_entry"("scenarioId");

-- CreateIndex
CREATE INDEX "recall_offer_recallEntryId_idx" ON "recall_offer"("recallEntryId");

-- AddForeignKey
ALTER TABLE "layoff_scenario" ADD CONSTRAINT "layoff_scenario_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "layoff_scenario" ADD CONSTRAINT "layoff_scenario_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recall_entry" ADD CONSTRAINT "recall_entry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recall_entry" ADD CONSTRAINT "recall_entry_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recall_entry" ADD CONSTRAINT "recall_entry_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "layoff_scenario"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recall_offer" ADD CONSTRAINT "recall_offer_recallEntryId_fkey" FOREIGN KEY ("recallEntryId") REFERENCES "recall_entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
