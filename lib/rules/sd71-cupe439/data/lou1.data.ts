// LOU 1 (Implementation of Gender Neutral Job Evaluation Plan, signed November 23, 1995;
// re-signed March 24, 2015), point 6 "Point Bands and Target Rates", transcribed as printed
// (FROM TO MID GRADE TARGET RATE; "-" where MID is blank). Grade 3 prints "180 241 197" and
// grade 2's MID "12" (A42): kept as printed. The target rates "are attainable only as funds
// are available" (1995 dollars, not current rates).
export const LOU1_EFFECTIVE = "1995-11-23";
const PRINTED = `
530 564 547 13 22.78
495 529 512 12 22.25
460 494 477 11 21.72
425 459 442 10 21.19
390 424 407 9 20.66
355 389 372 8 20.13
320 354 337 7 19.60
285 319 302 6 19.07
250 284 267 5 18.54
215 249 232 4 18.01
180 241 197 3 17.48
145 179 12 2 16.95
126 144 - 1 16.42`;

export interface Lou1Band { grade: number; from: number; to: number; mid: number | null; targetRateCents: number }
export const lou1Bands: readonly Lou1Band[] = PRINTED.trim().split("\n").map((line) => {
  const [from, to, mid, grade, rate] = line.split(" ");
  return { grade: Number(grade), from: Number(from), to: Number(to), mid: mid === "-" ? null : Number(mid), targetRateCents: Math.round(Number(rate) * 100) };
});
export const lou1SupervisionAideTargetRateCents = 1299;
