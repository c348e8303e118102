import pg from "pg";

// Deletes what the end-to-end tests created (employees numbered E2E…, grievances summarized "E2E …", the 2030-31 LIF consultation, the November 2024 TTOC period, draft layoff scenarios named "E2E …") and audit rows.
export default async function globalTeardown() {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("postgres")) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DELETE FROM audit_event WHERE "entityId" IN (SELECT id FROM grievance WHERE summary LIKE 'E2E %')`);
    await client.query(`DELETE FROM grievance WHERE summary LIKE 'E2E %'`);
    await client.query(`DELETE FROM audit_event WHERE "entityId" IN (SELECT id FROM employee WHERE "employeeNumber" LIKE 'E2E%')`);
    await client.query(`DELETE FROM employee WHERE "employeeNumber" LIKE 'E2E%'`);
    await client.query(`DELETE FROM lif_consultation WHERE "schoolYear" = '2030-31'`);
    await client.query(`DELETE FROM pay_period WHERE "startDate" = '2024-11-01'`);
    await client.query(`DELETE FROM audit_event WHERE "entityId" IN (SELECT id FROM layoff_scenario WHERE name LIKE 'E2E %' AND status = 'DRAFT')`);
    await client.query(`DELETE FROM layoff_scenario WHERE name LIKE 'E2E %' AND status = 'DRAFT'`);
    await client.query(`DELETE FROM ttoc_day WHERE date BETWEEN '2024-11-01' AND '2024-11-15'`);
  } finally {
    await client.end();
  }
}
