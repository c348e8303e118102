import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { employeeTargets } from "@/lib/dal/employees";
import { Forbidden } from "@/components/forbidden";
import { ImportForm } from "@/components/employees/import-form";
import { EMPLOYEE_CSV_COLUMNS, EMPLOYEE_CSV_REQUIRED, MAX_IMPORT_ROWS } from "@/lib/schemas/employee-csv";
import { importEmployeesAction } from "../actions";
import { first } from "@/lib/search-params";

export const metadata: Metadata = { title: "Import employees" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ organizationId?: string | string[] }> }) {
  const actor = await requireUser();
  const targets = await employeeTargets(actor);
  if (targets.length === 0) return <Forbidden what="import employees" />;
  const organizationId = first((await searchParams).organizationId);
  const org = targets.length === 1 ? targets[0] : targets.find((t) => t.id === organizationId);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Import employees{org ? ` — ${org.code}` : ""}</h1>
      {!org ? (
        <ul className="list-disc pl-6">
          {targets.map((t) => (
            <li key={t.id}><Link className="text-blue-800 underline" href={`/employees/import?organizationId=${t.id}`}>{t.name}</Link></li>
          ))}
        </ul>
      ) : (
        <>
          <section aria-labelledby="format" className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
            <h2 id="format" className="text-lg font-semibold">File format</h2>
            <p className="mt-1">A UTF-8 CSV file with a header row, at most {MAX_IMPORT_ROWS.toLocaleString("en-CA")} rows. The import is all-or-nothing: if any row has an error, nothing is imported and every error is listed by row.</p>
            <p className="mt-1">Columns (in any order): <code>{EMPLOYEE_CSV_COLUMNS.join(", ")}</code>. Required: <code>{EMPLOYEE_CSV_REQUIRED.join(", ")}</code>.</p>
            <p className="mt-1">Dates are <code>YYYY-MM-DD</code>; <code>status</code> is ACTIVE, ON_LEAVE, LAID_OFF or TERMINATED; <code>fte</code> is 0–1; qualifications are separated by semicolons. {org.agreements[0]?.rulesId === "sd73-teachers" ? "Teachers: employmentType CONTINUING, TEMPORARY or TTOC; certificated true/false; teacherCategory 4, 5, 5+ or 6 and teacherStep for certificated teachers." : "Support staff: employmentType REGULAR, PROBATIONARY, TEMPORARY or CONTINUING_TEMPORARY; payGrade 1–13 or B8–B13; payStep; generalClassification a, b or c."}</p>
            <p className="mt-1">An export from the employee list is a valid import file.</p>
          </section>
          <ImportForm action={importEmployeesAction.bind(null, org.id)} />
        </>
      )}
    </div>
  );
}
