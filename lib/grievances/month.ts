/** Month arithmetic for the deadline calendar (plain dates, Monday-first weeks). */
export interface MonthGrid {
  month: string;
  title: string;
  first: string;
  last: string;
  prev: string;
  next: string;
  /** Weeks of seven ISO dates (null outside the month). */
  weeks: Array<Array<string | null>>;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n: number) => String(n).padStart(2, "0");

export function monthTitle(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

export function monthGrid(month: string): MonthGrid {
  const y = Number(month.slice(0, 4)), m = Number(month.slice(5, 7));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const cells: Array<string | null> = [...Array(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${pad(i + 1)}`)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const shift = (k: number) => { const d = new Date(Date.UTC(y, m - 1 + k, 1)); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`; };
  return { month, title: monthTitle(month), first: `${month}-01`, last: `${month}-${pad(days)}`, prev: shift(-1), next: shift(1), weeks };
}

/** "Ann Lee (100234), Bo Chan (100412) and 2 others"; "Group or policy grievance" without grievors. */
export function grievorLine(names: string[], numbers: string[], count: number): string {
  if (count === 0 || names.length === 0) return "Group or policy grievance";
  const shown = names.map((n, i) => (numbers[i] ? `${n} (${numbers[i]})` : n)).join(", ");
  const more = count - names.length;
  return more > 0 ? `${shown} and ${more} other${more === 1 ? "" : "s"}` : shown;
}

/**
 * The calendar profiles the shown deadlines were counted on, said once above the grid: each profile with the
 * grievances counted on it (in order of first appearance), so no cell needs to repeat it.
 */
export function profileLegend(items: ReadonlyArray<{ profile: string; label: string }>): Array<{ profile: string; labels: string[] }> {
  const by = new Map<string, string[]>();
  for (const it of items) {
    const labels = by.get(it.profile) ?? [];
    if (!labels.includes(it.label)) labels.push(it.label);
    by.set(it.profile, labels);
  }
  return [...by].map(([profile, labels]) => ({ profile, labels }));
}
