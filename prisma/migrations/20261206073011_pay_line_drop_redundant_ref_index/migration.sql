-- The unique index (refLineId, parameterValueId) leads with refLineId and serves every lookup the single-column index did.
-- DropIndex
DROP INDEX "pay_line_refLineId_idx";
