// Shift groups of Article 18.02 with their regular hours and the overtime thresholds of
// 19.02, in minutes. `dailyBase`: hours in a day before daily overtime; `dailyBand`:
// hours at 1.5× before 2×; `weeklyBase`/`weeklyBand` likewise for the week (the weekly
// count excludes daily overtime). `regularDaily`/`regularWeekly`: the shift's hours.

export const shiftGroupsData = {
  "18.02(a)": { label: "Schedule A (35-hour week)", regularDaily: 420, regularWeekly: 2100, dailyBase: 480, dailyBand: 120, weeklyBase: 2100, weeklyBand: 480, cite: "19.02 (18.02(a)) (a),(b)" },
  "18.02(b)": { label: "Maintenance Accounts Clerk (40-hour week)", regularDaily: 480, regularWeekly: 2400, dailyBase: 480, dailyBand: 180, weeklyBase: 2400, weeklyBand: 480, cite: "19.02 (18.02(b),(c)) (a),(b)" },
  "18.02(c)": { label: "Day shift (40-hour week)", regularDaily: 480, regularWeekly: 2400, dailyBase: 480, dailyBand: 180, weeklyBase: 2400, weeklyBand: 480, cite: "19.02 (18.02(b),(c)) (a),(b)" },
  "18.02(d)": { label: "Afternoon shift (37.5-hour week)", regularDaily: 450, regularWeekly: 2250, dailyBase: 450, dailyBand: 180, weeklyBase: 2250, weeklyBand: 450, cite: "19.02 (18.02(d),(e)) (a),(b)" },
  "18.02(e)": { label: "Night shift (37.5-hour week)", regularDaily: 450, regularWeekly: 2250, dailyBase: 450, dailyBand: 180, weeklyBase: 2250, weeklyBand: 450, cite: "19.02 (18.02(d),(e)) (a),(b)" },
} as const;
