-- CreateEnum
CREATE TYPE "GrievanceStatus" AS ENUM ('OPEN', 'RESOLVED', 'WITHDRAWN', 'ABANDONED', 'AT_ARBITRATION', 'DECIDED');

-- CreateTable
CREATE TABLE "grievance" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "localId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "policy" BOOLEAN NOT NULL DEFAULT false,
    "articles" TEXT[],
    "summary" TEXT NOT NULL,
    "remedy" TEXT NOT NULL,
    "violationDate" DATE NOT NULL,
    "awarenessDate" DATE,
    "calendarProfile" TEXT,
    "status" "GrievanceStatus" NOT NULL DEFAULT 'OPEN',
    "nextDue" DATE,
    "nextAction" TEXT,
    "nextArticle" TEXT,
    "filedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "grievance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grievance_grievor" (
    "grievanceId" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,

    CONSTRAINT "grievance_grievor_pkey" PRIMARY KEY ("grievanceId","employeeId")
);

-- CreateTable
CREATE TABLE "grievance_event" (
    "id" TEXT NOT NULL,
    "grievanceId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "newDue" DATE,
    "ruleId" TEXT,
    "correctsId" TEXT,
    "note" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grievance_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "grievance_agreementId_idx" ON "grievance"("agreementId");

-- CreateIndex
CREATE INDEX "grievance_organizationId_idx" ON "grievance"("organizationId");

-- CreateIndex
CREATE INDEX "grievance_localId_idx" ON "grievance"("localId");

-- CreateIndex
CREATE INDEX "grievance_filedById_idx" ON "grievance"("filedById");

-- CreateIndex
CREATE INDEX "grievance_localId_status_nextDue_idx" ON "grievance"("localId", "status", "nextDue");

-- CreateIndex
CREATE INDEX "grievance_organizationId_status_nextDue_idx" ON "grievance"("organizationId", "status", "nextDue");

-- CreateIndex
CREATE UNIQUE INDEX "grievance_localId_year_number_key" ON "grievance"("localId", "year", "number");

-- CreateIndex
CREATE INDEX "grievance_grievor_grievanceId_idx" ON "grievance_grievor"("grievanceId");

-- CreateIndex
CREATE INDEX "grievance_grievor_employeeId_idx" ON "grievance_grievor"("employeeId");

-- CreateIndex
CREATE INDEX "grievance_event_grievanceId_date_idx" ON "grievance_event"("grievanceId", "date");

-- CreateIndex
CREATE INDEX "grievance_event_recordedById_idx" ON "grievance_event"("recordedById");

-- CreateIndex
CREATE INDEX "grievance_event_correctsId_idx" ON "grievance_event"("correctsId");

-- AddForeignKey
ALTER TABLE "grievance" ADD CONSTRAINT "grievance_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grievance" ADD CONSTRAINT "grievance_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grievance" ADD CONSTRAINT "grievance_localId_fkey" FOREIGN KEY ("localId") REFERENCES "union_local"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grievance" ADD CONSTRAINT "grievance_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grievance_grievor" ADD CONSTRAINT "grievance_grievor_grievanceId_fkey" FOREIGN KEY ("grievanceId") REFERENCES "grievance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grievance_grievor" ADD CONSTRAINT "grievance_grievor_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grievance_event" ADD CONSTRAINT "grievance_event_grievanceId_fkey" FOREIGN KEY ("grievanceId") REFERENCES "grievance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grievance_event" ADD CONSTRAINT "grievance_event_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
