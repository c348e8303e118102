-- AlterTable
ALTER TABLE "pay_line" ADD COLUMN     "parameterValueId" TEXT;

-- CreateTable
CREATE TABLE "parameter_value" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "value" JSONB NOT NULL,
    "citation" TEXT NOT NULL,
    "citationDate" DATE NOT NULL,
    "method" TEXT NOT NULL,
    "enteredById" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,

    CONSTRAINT "parameter_value_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "parameter_value_agreementId_seriesId_idx" ON "parameter_value"("agreementId", "seriesId");

-- CreateIndex
CREATE INDEX "parameter_value_enteredById_idx" ON "parameter_value"("enteredById");

-- CreateIndex
CREATE INDEX "parameter_value_withdrawnById_idx" ON "parameter_value"("withdrawnById");

-- CreateIndex
CREATE INDEX "pay_line_parameterValueId_idx" ON "pay_line"("parameterValueId");

-- CreateIndex
CREATE UNIQUE INDEX "pay_line_refLineId_parameterValueId_key" ON "pay_line"("refLineId", "parameterValueId");

-- AddForeignKey
ALTER TABLE "pay_line" ADD CONSTRAINT "pay_line_parameterValueId_fkey" FOREIGN KEY ("parameterValueId") REFERENCES "parameter_value"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parameter_value" ADD CONSTRAINT "parameter_value_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parameter_value" ADD CONSTRAINT "parameter_value_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parameter_value" ADD CONSTRAINT "parameter_value_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
