-- CreateEnum
CREATE TYPE "LifParty" AS ENUM ('DISTRICT', 'LOCAL');

-- CreateTable
CREATE TABLE "lif_allocation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "schoolYear" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "lif_allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lif_consultation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "localId" TEXT NOT NULL,
    "schoolYear" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "recipient" TEXT NOT NULL,
    "declinedOn" DATE,
    "declineReasons" TEXT,
    "submittedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "lif_consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lif_meeting" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "districtAttendees" TEXT NOT NULL,
    "localAttendees" TEXT NOT NULL,
    "agenda" TEXT,
    "minutes" TEXT,
    "suggestions" TEXT,
    "concerns" TEXT,
    "responses" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lif_meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lif_mark" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "party" "LifParty" NOT NULL,
    "key" TEXT NOT NULL,
    "met" BOOLEAN NOT NULL,
    "note" TEXT,
    "userId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "lif_mark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lif_signature" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "party" "LifParty" NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lif_signature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "lif_allocation_organizationId_idx" ON "lif_allocation"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "lif_allocation_organizationId_schoolYear_key" ON "lif_allocation"("organizationId", "schoolYear");

-- CreateIndex
CREATE INDEX "lif_consultation_organizationId_idx" ON "lif_consultation"("organizationId");

-- CreateIndex
CREATE INDEX "lif_consultation_localId_idx" ON "lif_consultation"("localId");

-- CreateIndex
CREATE UNIQUE INDEX "lif_consultation_organizationId_localId_schoolYear_key" ON "lif_consultation"("organizationId", "localId", "schoolYear");

-- CreateIndex
CREATE INDEX "lif_meeting_consultationId_idx" ON "lif_meeting"("consultationId");

-- CreateIndex
CREATE INDEX "lif_mark_consultationId_idx" ON "lif_mark"("consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "lif_mark_consultationId_party_key_key" ON "lif_mark"("consultationId", "party", "key");

-- CreateIndex
CREATE INDEX "lif_signature_consultationId_idx" ON "lif_signature"("consultationId");

-- CreateIndex
CREATE INDEX "lif_signature_userId_idx" ON "lif_signature"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "lif_signature_consultationId_party_key" ON "lif_signature"("consultationId", "party");

-- AddForeignKey
ALTER TABLE "lif_allocation" ADD CONSTRAINT "lif_allocation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lif_consultation" ADD CONSTRAINT "lif_consultation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lif_consultation" ADD CONSTRAINT "lif_consultation_localId_fkey" FOREIGN KEY ("localId") REFERENCES "union_local"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lif_meeting" ADD CONSTRAINT "lif_meeting_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "lif_consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lif_mark" ADD CONSTRAINT "lif_mark_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "lif_consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lif_signature" ADD CONSTRAINT "lif_signature_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "lif_consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
