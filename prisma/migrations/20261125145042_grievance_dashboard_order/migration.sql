-- CreateIndex
CREATE INDEX "grievance_localId_nextDue_year_number_idx" ON "grievance"("localId", "nextDue", "year" DESC, "number" DESC);

-- CreateIndex
CREATE INDEX "grievance_organizationId_nextDue_year_number_idx" ON "grievance"("organizationId", "nextDue", "year" DESC, "number" DESC);
