import { LIF_STATUS_LABELS, labelOf } from "@/lib/format/labels";

const TONE: Record<string, string> = {
  overdue: "bg-red-100 text-red-900 border-red-700", "declined-by-local": "bg-amber-100 text-amber-950 border-amber-700",
  "signed-by-local": "bg-green-100 text-green-900 border-green-700", submitted: "bg-green-100 text-green-900 border-green-700",
};

export const lifStatusLabel = (s: string) => labelOf(LIF_STATUS_LABELS, s);

export function LifStatusBadge({ status }: { status: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[status] ?? "border-slate-500 bg-slate-100 text-slate-900"}`}>{lifStatusLabel(status)}</span>;
}

export function daysText(days: number) {
  if (days === 0) return "due today";
  return days > 0 ? `${days} day${days === 1 ? "" : "s"} to the deadline` : `${-days} day${days === -1 ? "" : "s"} past the deadline`;
}
