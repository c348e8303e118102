#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded on offline machines.
# `prisma generate` never runs it; migrations go through scripts/db.mjs (WASM engine) instead.
echo "The native Prisma schema engine is not available here: use npm run db:migrate:create / db:migrate:deploy (scripts/db.mjs)." >&2
exit 1
