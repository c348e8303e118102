-- AlterTable
ALTER TABLE "position" ADD COLUMN     "schoolId" TEXT;

-- AlterTable
ALTER TABLE "school" ADD COLUMN     "outlying" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "position_schoolId_idx" ON "position"("schoolId");

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "school"("id") ON DELETE SET NULL ON UPDATE CASCADE;
