/**
 * Appendix B teacher allowances (annual, whole dollars), transcribed from the source.
 * The header percentages printed there (2.00%, 2.00%, 3.00%) do not match the amounts;
 * the amounts govern (AMB-17).
 */
export const APPENDIX_B: Record<string, { label: string; values: [number, number, number] }> = {
  "remote-recruitment-and-retention": { label: "Remote Recruitment and Retention (LOU 5 - Vavenby, Brennan Creek, Blue River)", values: [2761, 2947, 3035] },
  "one-room-upgraded": { label: "One Room Upgraded", values: [3053, 3259, 3357] },
  "district-counsellor": { label: "District Counsellor", values: [8112, 8659, 8919] },
  "district-coordinators": { label: "District Coordinators", values: [6488, 6926, 7133] },
  "diploma-bonus": { label: "Diploma Bonus", values: [1355, 1446, 1489] },
  "clearwater-isolation-year-1": { label: "Clearwater Isolation Allowance (Year 1 - Blue River)", values: [783, 835, 860] },
  "clearwater-isolation-year-2": { label: "Clearwater Isolation Allowance (Year 2 - Blue River)", values: [854, 911, 939] },
  "secondary-coordinator-minimum": { label: "Secondary Coordinator (minimum)", values: [3383, 3612, 3720] },
  "secondary-coordinator-maximum": { label: "Secondary Coordinator (maximum)", values: [5070, 5412, 5575] },
  "clearwater-department-head": { label: "Clearwater Department Head", values: [3578, 3820, 3934] },
  "head-teacher": { label: "Head Teacher Allowance", values: [3053, 3259, 3357] },
  "first-aid-attendant": { label: "First Aid Attendant", values: [942, 1005, 1035] },
  "clearwater-first-aid": { label: "Clearwater First Aid", values: [1600, 1708, 1759] },
  "district-resource-teacher": { label: "District Resource Teacher", values: [5340, 5700, 5871] },
  "teacher-in-charge": { label: "Teacher in Charge", values: [766, 818, 842] },
  "district-supervisor": { label: "District Supervisor", values: [8112, 8659, 8919] },
  "raft-river-nt": { label: "Raft River (Grandfathered - North Thompson)", values: [1414, 1510, 1555] },
  "vavenby-nt": { label: "Vavenby (Grandfathered - North Thompson)", values: [990, 1057, 1089] },
};
