import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { DeleteForm } from "@/components/layoffs/draft-forms";
import { deleteScenarioAction } from "../../actions";
import { loadScenario } from "../../load-scenario";

export const metadata: Metadata = { title: "Delete a layoff draft" };

/** The confirm step before a draft is deleted; only HR of the district (refused like the confirm page), never a confirmed scenario. */
export default async function DeletePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { scenario, canEdit } = await loadScenario(id);
  if (!canEdit) return <Forbidden what="delete this layoff scenario" />;
  return (
    <div className="max-w-3xl space-y-4">
      <p><Link className="text-blue-800 underline" href={`/layoffs/${id}`}>← {scenario.name}</Link></p>
      <h1 className="text-2xl font-bold">Delete the draft “{scenario.name}”?</h1>
      <p>The what-if is removed{scenario.sharedAt ? ", including for the union it was shared with" : ""}. Nothing about any employee changes; the deletion is recorded in the audit log.</p>
      <div className="flex flex-wrap items-start gap-4">
        <DeleteForm action={deleteScenarioAction.bind(null, id)} />
        <Link className="rounded-md border border-slate-400 px-4 py-2 text-sm font-medium" href={`/layoffs/${id}`}>Keep it</Link>
      </div>
    </div>
  );
}
