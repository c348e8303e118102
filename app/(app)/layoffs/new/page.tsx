import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { layoffFormOptions } from "@/lib/dal/layoffs";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { Forbidden } from "@/components/forbidden";
import { ScenarioForm } from "@/components/layoffs/scenario-form";
import { createScenarioAction } from "../actions";
import { first } from "@/lib/search-params";
import { todayInBC } from "@/lib/dal/dates";
import { defaultEffectiveDate, LAYOFF_DATES } from "@/lib/layoffs/effective-date";

export const metadata: Metadata = { title: "New layoff what-if" };

export default async function NewLayoffPage({ searchParams }: { searchParams: Promise<{ agreement?: string | string[] }> }) {
  const actor = await requireUser();
  const agreement = first((await searchParams).agreement);
  if (agreement !== "sd73-teachers" && agreement !== "sd71-cupe439") notFound();
  let options;
  try { options = await layoffFormOptions(actor, agreement); } catch (e) {
    if (e instanceof ForbiddenError) return <Forbidden what="run layoff what-ifs" />;
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const today = todayInBC();
  return (
    <div className="space-y-4">
      <p><Link className="text-blue-800 underline" href="/layoffs">← Layoffs</Link></p>
      <h1 className="text-2xl font-bold">New layoff what-if — {options.agreement.orgCode}</h1>
      <p className="max-w-3xl text-slate-700">
        {agreement === "sd73-teachers"
          ? "Teachers are laid off district-wide in the reverse order of seniority, subject only to the necessary qualifications for the positions left (C.12.1.b.i)."
          : "Regular employees are laid off in reverse order of seniority within the general classification; one whose position is eliminated may displace a less senior employee whose position they are qualified for (17.04, 27.03)."}
        {" "}Running the what-if saves a draft: nobody is laid off until the scenario is confirmed.
      </p>
      <ScenarioForm action={createScenarioAction} agreement={agreement} groups={options.groups} qualifications={options.qualifications}
        today={today} defaultDate={defaultEffectiveDate(agreement, today)} dateHint={LAYOFF_DATES[agreement].hint} />
    </div>
  );
}
