import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { ConfirmForm } from "@/components/layoffs/confirm-form";
import { PositionChanges } from "@/components/layoffs/position-changes";
import { confirmScenarioAction } from "../../actions";
import { loadScenario } from "../../load-scenario";

export const metadata: Metadata = { title: "Confirm layoffs" };

export default async function ConfirmPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { scenario, outcome, canConfirm } = await loadScenario(id);
  if (!canConfirm) return <Forbidden what="confirm this layoff scenario" />;
  if (!outcome.ok) return <p role="alert">This scenario no longer runs: <Link className="underline" href={`/layoffs/${id}`}>see why</Link>.</p>;
  const r = outcome.result;
  return (
    <div className="max-w-3xl space-y-4">
      <p><Link className="text-blue-800 underline" href={`/layoffs/${id}`}>← {scenario.name}</Link></p>
      <h1 className="text-2xl font-bold">Confirm layoffs: {scenario.name}</h1>
      <p>Confirming records, in one step that either fully happens or not at all:</p>
      <ul className="ml-5 list-disc">
        <li>a layoff effective {r.effectiveDate} in the service ledger of each of the {r.laidOff.length} employee(s) below, whose status becomes laid off;</li>
        <li>each of them on the recall list, with the date their rights {r.agreement === "sd73-teachers" ? "expire (C.12.1.c.vi.5)" : "or seniority run out (15.04(a)(3))"};</li>
        {r.agreement === "sd71-cupe439" ? <li>the bumping in the positions (17.04): each employee who displaces another takes over their position, and each eliminated position ends;</li> : null}
        <li>an audit entry for every change.</li>
      </ul>
      <ul className="ml-5 list-decimal" aria-label="Employees to be laid off">
        {r.laidOff.map((x) => <li key={x.employeeId}>{x.name} ({x.employeeNumber})</li>)}
      </ul>
      {r.agreement === "sd71-cupe439" ? <PositionChanges result={r} /> : null}
      {r.notice.ok && r.notice.compliant === false ? <p className="font-semibold text-red-800">The notice date entered is late (latest {r.notice.latestNoticeDate}).</p> : null}
      <ConfirmForm action={confirmScenarioAction.bind(null, id)} count={r.laidOff.length} />
    </div>
  );
}
