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
