// Time limits of Articles 12–14 (grievance, arbitration, discipline) and the other
// dated limits of the agreement, as data. `unit`: "working" (the 21.01 working-day
// calendar), "workingExclJulyAugust" (12.02(d)), "calendar" (plain "days", an
// interpretation, A12) or "months" (same day-of-month, clamped). `trigger` is day 0.

export const timeLimitsData = [
  { id: "discussion-to-step1", n: 5, unit: "working", party: "union", trigger: "last informal meeting", cite: "12.01(c)", interp: [] },
  { id: "initiate", n: 15, unit: "working", party: "union", trigger: "employee or Union became aware of the event", cite: "12.02(a)", interp: [] },
  { id: "step1-notice", n: 15, unit: "working", party: "union", trigger: "employee or Union became aware of the event", cite: "12.02(a) Step 1", interp: ["A12"] },
  { id: "step1-decision", n: 5, unit: "working", party: "board", trigger: "receipt of the Step 1 written notice", cite: "12.02(a) Step 1", interp: ["A12"] },
  { id: "step2-decision", n: 5, unit: "working", party: "board", trigger: "receipt of the Step 2 application", cite: "12.02(a) Step 2", interp: ["A12"] },
  { id: "step3-request", n: 10, unit: "working", party: "union", trigger: "receipt of the written Step 2 decision", cite: "12.02(a) Step 3", interp: [] },
  { id: "step3-hearing", n: 10, unit: "working", party: "board", trigger: "receipt of the application for a hearing", cite: "12.02(a) Step 3", interp: [] },
  { id: "step3-decision", n: 10, unit: "working", party: "board", trigger: "the Step 3 hearing", cite: "12.02(a) Step 3", interp: ["A12"] },
  { id: "arbitration-notice", n: 20, unit: "working", party: "either", trigger: "receipt of the written Step 3 decision", cite: "12.02(e)", interp: [] },
  { id: "arbitration-referral", n: 10, unit: "calendar", party: "either", trigger: "written notice of referral to arbitration", cite: "12.02(e)", interp: ["A12"] },
  { id: "caab-request", n: 10, unit: "working", party: "either", trigger: "referral to arbitration", cite: "13.01", interp: ["A12"] },
  { id: "deemed-abandonment", n: 60, unit: "workingExclJulyAugust", party: "initiating party", trigger: "receipt of correspondence from the other party", cite: "12.02(d)", interp: [] },
  { id: "recommendations", n: 30, unit: "calendar", party: "arbitrator", trigger: "receipt of the 12.04 request", cite: "12.04(a)(3)", interp: ["A13"] },
  { id: "file-access", n: 1, unit: "working", party: "board", trigger: "employee's request to see the personnel file", cite: "14.04", interp: [] },
  { id: "discipline-letter-removal", n: 24, unit: "months", party: "board", trigger: "insertion of the letter in the file", cite: "14.04", interp: ["A38"] },
  { id: "seniority-list-appeal", n: 6, unit: "months", party: "employee", trigger: "issuance of the annual seniority list", cite: "15.02(a)", interp: [] },
  { id: "posting-appointment", n: 20, unit: "working", party: "board", trigger: "close of the posting period", cite: "16.01(a)(1)", interp: [] },
  { id: "severance-election", n: 6, unit: "months", party: "employee", trigger: "effective date of layoff", cite: "17.08(a)", interp: [] },
  { id: "vacation-request-response", n: 21, unit: "working", party: "board", trigger: "receipt by the supervisor of a request after February 1", cite: "22.03(e)", interp: [] },
  { id: "job-evaluation-appeal", n: 21, unit: "calendar", party: "employee", trigger: "receipt of the Job Evaluation Committee decision", cite: "27.05", interp: [] },
] as const;
