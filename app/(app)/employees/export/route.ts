import { requireUser } from "@/lib/dal/session";
import { exportEmployees } from "@/lib/dal/employees";
import { EmployeeFilterSchema } from "@/lib/schemas/employee-filter";
import { EMPLOYEE_CSV_COLUMNS } from "@/lib/schemas/employee-csv";
import { toCsv } from "@/lib/csv";

export async function GET(req: Request) {
  const actor = await requireUser();
  const f = EmployeeFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const rows = await exportEmployees(actor, { ...f, page: undefined });
  const header = ["district", ...EMPLOYEE_CSV_COLUMNS];
  const body = toCsv(
    header,
    rows.map((e) => [
      e.organization.code, e.employeeNumber, e.firstName, e.lastName, e.email, e.status, e.employmentType,
      e.certificated === null ? "" : String(e.certificated), e.teacherCategory, e.teacherStep, e.payGrade, e.payStep,
      e.classification, e.generalClassification, (e.fteMilli / 1000).toString(), e.qualifications.join("; "),
      e.hireDate.toISOString().slice(0, 10), e.applicationDate?.toISOString().slice(0, 10),
    ]),
  );
  return new Response(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "cache-control": "private, no-store", "content-disposition": 'attachment; filename="employees.csv"' },
  });
}
