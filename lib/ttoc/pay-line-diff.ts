/** A pay line as stored or as freshly computed: one TTOC on one date. */
export interface PayLineAmount {
  employeeId: string;
  employeeNumber?: string;
  /** "Last, First" */
  name?: string;
  date: string;
  totalCents: number;
}

export interface PayLineChange {
  employeeNumber: string;
  name: string;
  date: string;
  storedCents: number | null;
  newCents: number | null;
}

/** Lines a recalculation adds, removes or changes in amount (unchanged lines are left out). */
export function diffPayLines(stored: PayLineAmount[], fresh: PayLineAmount[]): PayLineChange[] {
  const key = (l: PayLineAmount) => `${l.employeeId}|${l.date}`;
  const storedBy = new Map(stored.map((l) => [key(l), l]));
  const freshKeys = new Set(fresh.map(key));
  const numberOf = new Map([...stored, ...fresh].flatMap((l) => (l.employeeNumber ? [[l.employeeId, l.employeeNumber] as const] : [])));
  const nameOf = new Map([...stored, ...fresh].flatMap((l) => (l.name ? [[l.employeeId, l.name] as const] : [])));
  const out: PayLineChange[] = [];
  for (const l of fresh) {
    const s = storedBy.get(key(l));
    if (!s || s.totalCents !== l.totalCents) out.push({ employeeNumber: numberOf.get(l.employeeId) ?? l.employeeId, name: nameOf.get(l.employeeId) ?? "", date: l.date, storedCents: s?.totalCents ?? null, newCents: l.totalCents });
  }
  for (const s of stored) if (!freshKeys.has(key(s))) out.push({ employeeNumber: numberOf.get(s.employeeId) ?? s.employeeId, name: nameOf.get(s.employeeId) ?? "", date: s.date, storedCents: s.totalCents, newCents: null });
  return out;
}
