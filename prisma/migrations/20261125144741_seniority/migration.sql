-- AlterTable
ALTER TABLE "service_record" ADD COLUMN     "reason" TEXT;

-- CreateTable
CREATE TABLE "seniority_summary" (
    "id" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "list" TEXT,
    "years" JSONB,
    "boardAggregateDays" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "otherAuthorityYears" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "seniorityDate" DATE,
    "ctStatusDate" DATE,
    "probationEnds" DATE,
    "startDate" DATE NOT NULL,
    "stableFrom" DATE NOT NULL,
    "computedThrough" DATE NOT NULL,
    "layoffs" JSONB NOT NULL,
    "citations" TEXT[],
    "steps" TEXT[],
    "interpretations" TEXT[],
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seniority_summary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seniority_list" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "publishedOn" DATE NOT NULL,
    "publishedById" TEXT NOT NULL,
    "summary" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seniority_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seniority_list_row" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "employeeNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "employmentType" TEXT NOT NULL,
    "seniorityDays" DOUBLE PRECISION,
    "seniorityDate" DATE,
    "decidedBy" TEXT NOT NULL,
    "citations" TEXT[],
    "steps" TEXT[],

    CONSTRAINT "seniority_list_row_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seniority_appeal" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "grounds" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seniority_appeal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "seniority_summary_employeeId_key" ON "seniority_summary"("employeeId");

-- CreateIndex
CREATE INDEX "seniority_summary_agreementId_list_idx" ON "seniority_summary"("agreementId", "list");

-- CreateIndex
CREATE INDEX "seniority_summary_organizationId_idx" ON "seniority_summary"("organizationId");

-- CreateIndex
CREATE INDEX "seniority_list_organizationId_idx" ON "seniority_list"("organizationId");

-- CreateIndex
CREATE INDEX "seniority_list_agreementId_asOf_idx" ON "seniority_list"("agreementId", "asOf");

-- CreateIndex
CREATE INDEX "seniority_list_publishedById_idx" ON "seniority_list"("publishedById");

-- CreateIndex
CREATE INDEX "seniority_list_row_listId_idx" ON "seniority_list_row"("listId");

-- CreateIndex
CREATE INDEX "seniority_list_row_employeeId_idx" ON "seniority_list_row"("employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "seniority_list_row_listId_rank_key" ON "seniority_list_row"("listId", "rank");

-- CreateIndex
CREATE INDEX "seniority_appeal_listId_idx" ON "seniority_appeal"("listId");

-- CreateIndex
CREATE INDEX "seniority_appeal_employeeId_idx" ON "seniority_appeal"("employeeId");

-- CreateIndex
CREATE INDEX "seniority_appeal_recordedById_idx" ON "seniority_appeal"("recordedById");

-- AddForeignKey
ALTER TABLE "seniority_summary" ADD CONSTRAINT "seniority_summary_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seniority_list_row" ADD CONSTRAINT "seniority_list_row_listId_fkey" FOREIGN KEY ("listId") REFERENCES "seniority_list"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seniority_appeal" ADD CONSTRAINT "seniority_appeal_listId_fkey" FOREIGN KEY ("listId") REFERENCES "seniority_list"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seniority_appeal" ADD CONSTRAINT "seniority_appeal_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
