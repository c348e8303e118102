// LOU 1 (Implementation of Gender Neutral Job Evaluation Plan, signed November 23, 1995;
// re-signed March 24, 2015), point 6 "Point Bands and Target Rates", transcribed as printed.
// Grade 3 prints "180 241 197" and grade 2's MID "12" (A42): kept as printed. The target
// rates "are attainable only as funds are available" (1995 dollars, not current rates).
export const LOU1_EFFECTIVE = "1995-11-23";
export const lou1Bands = [
  { grade: 13, from: 530, to: 564, mid: 547, targetRateCents: 2278 },
  { grade: 12, from: 495, to: 529, mid: 512, targetRateCents: 2225 },
  { grade: 11, from: 460, to: 494, mid: 477, targetRateCents: 2172 },
  { grade: 10, from: 425, to: 459, mid: 442, targetRateCents: 2119 },
  { grade: 9, from: 390, to: 424, mid: 407, targetRateCents: 2066 },
  { grade: 8, from: 355, to: 389, mid: 372, targetRateCents: 2013 },
  { grade: 7, from: 320, to: 354, mid: 337, targetRateCents: 1960 },
  { grade: 6, from: 285, to: 319, mid: 302, targetRateCents: 1907 },
  { grade: 5, from: 250, to: 284, mid: 267, targetRateCents: 1854 },
  { grade: 4, from: 215, to: 249, mid: 232, targetRateCents: 1801 },
  { grade: 3, from: 180, to: 241, mid: 197, targetRateCents: 1748 },
  { grade: 2, from: 145, to: 179, mid: 12, targetRateCents: 1695 },
  { grade: 1, from: 126, to: 144, mid: null, targetRateCents: 1642 },
] as const;
export const lou1SupervisionAideTargetRateCents = 1299;
