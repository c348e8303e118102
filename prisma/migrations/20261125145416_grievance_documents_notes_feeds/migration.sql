-- AlterTable
ALTER TABLE "grievance" ADD COLUMN     "nextRuleId" TEXT;

-- CreateTable
CREATE TABLE "grievance_document" (
    "id" TEXT NOT NULL,
    "grievanceId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grievance_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grievance_note" (
    "id" TEXT NOT NULL,
    "grievanceId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grievance_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_feed_token" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "calendar_feed_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "grievance_document_grievanceId_createdAt_idx" ON "grievance_document"("grievanceId", "createdAt");

-- CreateIndex
CREATE INDEX "grievance_document_uploadedById_idx" ON "grievance_document"("uploadedById");

-- CreateIndex
CREATE INDEX "grievance_note_grievanceId_createdAt_idx" ON "grievance_note"("grievanceId", "createdAt");

-- CreateIndex
CREATE INDEX "grievance_note_authorId_idx" ON "grievance_note"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_token_tokenHash_key" ON "calendar_feed_token"("tokenHash");

-- CreateIndex
CREATE INDEX "calendar_feed_token_userId_idx" ON "calendar_feed_token"("userId");

-- AddForeignKey
ALTER TABLE "grievance_document" ADD CONSTRAINT "grievance_document_grievanceId_fkey" FOREIGN KEY ("grievanceId") REFERENCES "grievance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grievance_document" ADD CONSTRAINT "grievance_document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grievance_note" ADD CONSTRAINT "grievance_note_grievanceId_fkey" FOREIGN KEY ("grievanceId") REFERENCES "grievance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grievance_note" ADD CONSTRAINT "grievance_note_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feed_token" ADD CONSTRAINT "calendar_feed_token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
