-- CreateIndex
CREATE UNIQUE INDEX "seniority_list_agreementId_list_asOf_key" ON "seniority_list"("agreementId", "list", "asOf");
