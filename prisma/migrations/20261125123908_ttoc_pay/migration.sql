-- CreateEnum
CREATE TYPE "PayPeriodStatus" AS ENUM ('OPEN', 'APPROVED');

-- CreateTable
CREATE TABLE "school" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dayStart" TEXT NOT NULL DEFAULT '08:30',
    "dayEnd" TEXT NOT NULL DEFAULT '15:30',
    "lunchStart" TEXT NOT NULL DEFAULT '11:45',

    CONSTRAINT "school_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ttoc_day" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "schoolId" TEXT NOT NULL,
    "replacedTeacher" TEXT,
    "startTime" TEXT,
    "endTime" TEXT,
    "fractionMilli" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ttoc_day_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pay_period" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "PayPeriodStatus" NOT NULL DEFAULT 'OPEN',
    "computedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pay_period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pay_line" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'PAY',
    "totalCents" INTEGER NOT NULL,
    "wageCents" INTEGER NOT NULL,
    "inLieuCents" INTEGER NOT NULL,
    "paidFractionMilli" INTEGER NOT NULL,
    "citations" TEXT[],
    "steps" TEXT[],

    CONSTRAINT "pay_line_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "school_organizationId_idx" ON "school"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "school_organizationId_name_key" ON "school"("organizationId", "name");

-- CreateIndex
CREATE INDEX "ttoc_day_organizationId_date_idx" ON "ttoc_day"("organizationId", "date");

-- CreateIndex
CREATE INDEX "ttoc_day_employeeId_date_idx" ON "ttoc_day"("employeeId", "date");

-- CreateIndex
CREATE INDEX "ttoc_day_schoolId_idx" ON "ttoc_day"("schoolId");

-- CreateIndex
CREATE INDEX "pay_period_organizationId_idx" ON "pay_period"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "pay_period_organizationId_startDate_key" ON "pay_period"("organizationId", "startDate");

-- CreateIndex
CREATE INDEX "pay_line_periodId_idx" ON "pay_line"("periodId");

-- CreateIndex
CREATE INDEX "pay_line_employeeId_idx" ON "pay_line"("employeeId");

-- AddForeignKey
ALTER TABLE "school" ADD CONSTRAINT "school_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ttoc_day" ADD CONSTRAINT "ttoc_day_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ttoc_day" ADD CONSTRAINT "ttoc_day_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pay_period" ADD CONSTRAINT "pay_period_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pay_line" ADD CONSTRAINT "pay_line_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "pay_period"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pay_line" ADD CONSTRAINT "pay_line_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
