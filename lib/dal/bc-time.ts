/** Clock times entered in British Columbia (the districts' time zone), e.g. when a recall offer was received. */
const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "YYYY-MM-DD HH:MM" in BC for an instant. */
export function formatBC(d: Date): string {
  const p = Object.fromEntries(fmt.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The instant of a BC wall-clock time "YYYY-MM-DDTHH:MM" (daylight saving applied). */
export function fromBC(local: string): Date {
  const asUtc = Date.parse(local + ":00Z");
  let t = asUtc;
  for (let k = 0; k < 2; k++) {
    const shown = Date.parse(formatBC(new Date(t)).replace(" ", "T") + ":00Z");
    t += asUtc - shown;
  }
  return new Date(t);
}
