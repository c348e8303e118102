import pg from "pg";

// Deletes what the end-to-end tests created (employees numbered E2E… and their positions, grievances summarized "E2E …" with their documents and notes, calendar feeds, closures labelled "E2E …", the 2030-31 and 2032-33 LIF consultations, the November 2024 TTOC periods and callouts, TTOC 730010's placements, draft layoff scenarios named "E2E …", published seniority lists) and audit rows.
export default async function globalTeardown() {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("postgres")) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DELETE FROM audit_event WHERE "entityId" IN (SELECT id FROM grievance WHERE summary LIKE 'E2E %')`);
    await client.query(`DELETE FROM audit_event WHERE "entityId" IN (SELECT id FROM grievance_document WHERE "grievanceId" IN (SELECT id FROM grievance WHERE summary LIKE 'E2E %'))`);
    await client.query(`DELETE FROM audit_event WHERE "entityId" IN (SELECT id FROM grievance_note WHERE "grievanceId" IN (SELECT id FROM grievance WHERE summary LIKE 'E2E %'))`);
    await client.query(`DELETE FROM grievance WHERE summary LIKE 'E2E %'`);
    await client.query(`DELETE FROM audit_event WHERE "entityId" IN (SELECT id FROM employee WHERE "employeeNumber" LIKE 'E2E%')`);
    const e2ePositions = `SELECT id FROM position WHERE "employeeId" IN (SELECT id FROM employee WHERE "employeeNumber" LIKE 'E2E%')`;
    await client.query(`DELETE FROM audit_event WHERE entity = 'Position' AND "entityId" IN (${e2ePositions})`);
    await client.query(`DELETE FROM position WHERE id IN (${e2ePositions})`);
    await client.query(`DELETE FROM employee WHERE "employeeNumber" LIKE 'E2E%'`);
    // Feeds of the demo accounts are made only by the tests; closures the tests add are labelled "E2E …".
    const demo = `SELECT id FROM "user" WHERE email LIKE '%@accord.test'`;
    await client.query(`DELETE FROM audit_event WHERE entity = 'CalendarFeedToken' AND "userId" IN (${demo})`);
    await client.query(`DELETE FROM calendar_feed_token WHERE "userId" IN (${demo})`);
    await client.query(`DELETE FROM audit_event WHERE entity = 'CalendarClosure' AND (after->>'label' LIKE 'E2E %' OR before->>'label' LIKE 'E2E %')`);
    await client.query(`DELETE FROM calendar_closure WHERE label LIKE 'E2E %'`);
    await client.query(`DELETE FROM lif_consultation WHERE "schoolYear" IN ('2030-31', '2032-33')`);
    // The seed publishes no seniority list: every published list (with its rows and appeals) is a test's.
    const lists = `SELECT id FROM seniority_list WHERE "publishedById" IN (${demo})`;
    await client.query(`DELETE FROM audit_event WHERE "entityId" IN (${lists})`);
    await client.query(`DELETE FROM seniority_appeal WHERE "listId" IN (${lists})`);
    await client.query(`DELETE FROM seniority_list_row WHERE "listId" IN (${lists})`);
    await client.query(`DELETE FROM seniority_list WHERE id IN (${lists})`);
    await client.query(`DELETE FROM pay_period WHERE "startDate" IN ('2024-11-01', '2024-11-18', '2025-02-03', '2025-03-01')`);
    await client.query(`DELETE FROM ttoc_day WHERE date BETWEEN '2025-03-01' AND '2025-03-15' AND "employeeId" IN (SELECT id FROM employee WHERE "employeeNumber" = '730009')`);
    await client.query(`DELETE FROM ttoc_day WHERE date BETWEEN '2024-11-01' AND '2024-11-29'`);
    // The roster test records placements for TTOC 730010: restore its employee record, then remove them.
    await client.query(`UPDATE employee e SET certificated = p.certificated, "teacherCategory" = p.category, "teacherStep" = p.step FROM ttoc_placement p
      WHERE p."employeeId" = e.id AND e."employeeNumber" = '730010' AND p.note = 'opening placement from the employee record'`);
    await client.query(`DELETE FROM ttoc_placement WHERE "employeeId" IN (SELECT id FROM employee WHERE "employeeNumber" = '730010')`);
    await client.query(`DELETE FROM audit_event WHERE "entityId" IN (SELECT id FROM layoff_scenario WHERE name LIKE 'E2E %' AND status = 'DRAFT')`);
    await client.query(`DELETE FROM layoff_scenario WHERE name LIKE 'E2E %' AND status = 'DRAFT'`);
    // Sign-in attempts of the demo and throwaway accounts, so repeated runs never lock the demo accounts.
    await client.query(`DELETE FROM sign_in_attempt WHERE email LIKE '%@accord.test' OR email LIKE '%@accord.invalid'`);
  } finally {
    await client.end();
  }
}
