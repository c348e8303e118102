/** SD71 CUPE 439: callouts (19.01(a)) and telephone calls (19.01(b)). */
import { sd71CalloutPay, sd71PhoneCallPay } from "@/lib/rules";
import { defineCalculator, money, plain } from "./define";
import { f } from "./fields";
import { rateFields, checkRate, resolveRate, rateErrorField, joinExplanations } from "./sd71-rate";

const A = "sd71-cupe439" as const;

const callout = (n: 1 | 2) => {
  const group = `Callout ${n}`;
  const optional = n === 2;
  return [
    f.datetime(`c${n}Received`, "Call received (date and time)", { group, optional }),
    f.time(`c${n}Start`, "Work started", { group, optional, hint: "An end before the start is the next day." }),
    f.time(`c${n}End`, "Work ended", { group, optional }),
    f.text(`c${n}Location`, "Location", { group, optional, default: n === 1 ? "School" : "" }),
  ] as const;
};
const C_KEYS = (n: number) => [`c${n}Received`, `c${n}Start`, `c${n}End`, `c${n}Location`];

/** A second callout or call is optional, but all of its fields or none. */
function allOrNone(i: Record<string, unknown>, keys: string[], what: string): Partial<Record<string, string>> | null {
  const given = keys.filter((k) => i[k] !== undefined);
  if (given.length === 0 || given.length === keys.length) return null;
  const missing = keys.find((k) => i[k] === undefined)!;
  return { [missing]: `Complete ${what}, or clear all of its fields.` };
}

export const callouts = defineCalculator({
  id: "callouts",
  agreement: A,
  title: "Callouts",
  summary: "Callout pay: two hours' minimum at double time; callouts at one location within two hours are one.",
  articles: ["19.01(a)", "1.01"],
  fields: [...rateFields(), ...callout(1), ...callout(2)],
  check: (i) => checkRate(i) ?? allOrNone(i, C_KEYS(2), "callout 2"),
  errorField: (field, input) => {
    const m = /^callouts\.(\d+)\.(\w+)/.exec(field);
    if (!m) return rateErrorField(field);
    const n = input.c2Received !== undefined && Number(m[1]) === 1 ? 2 : 1;
    return `c${n}${m[2][0].toUpperCase()}${m[2].slice(1)}`;
  },
  compute: (i, policies) => {
    const rec = i as Record<string, string | undefined>;
    const list = [1, 2].filter((n) => rec[`c${n}Received`] !== undefined).map((n) => ({
      received: rec[`c${n}Received`]!, start: rec[`c${n}Start`]!, end: rec[`c${n}End`]!, location: rec[`c${n}Location`]!,
    }));
    const rate = resolveRate(i, (i.c1Received as string).slice(0, 10));
    const r = sd71CalloutPay({ rateCents: rate.cents, callouts: list, ...(policies ? { policies } : {}) });
    return {
      headline: money("Callout pay", r.totalCents),
      figures: [
        money("Hourly rate", rate.cents),
        plain("Paid as", r.groups.length === 1 ? "one callout" : `${r.groups.length} callouts`),
        plain("Hours paid", r.groups.reduce((s, g) => s + g.paidHours, 0)),
      ],
      explanation: joinExplanations(rate.lookup, r),
    };
  },
});

const call = (n: 1 | 2) => {
  const group = `Call ${n}`;
  const optional = n === 2;
  return [
    f.datetime(`call${n}Start`, "Call started (date and time)", { group, optional }),
    ...(optional ? [f.optionalInteger(`call${n}Minutes`, "Length (minutes)", { group, min: "1" })] : [f.integer(`call${n}Minutes`, "Length (minutes)", { group, min: "1", default: "10" })]),
    f.text(`call${n}Matter`, "Matter", { group, optional, default: n === 1 ? "alarm" : "", hint: "Calls on the same matter may be paid as one." }),
  ] as const;
};

export const phoneCalls = defineCalculator({
  id: "phone-calls",
  agreement: A,
  title: "Telephone calls",
  summary: "Pay for work by telephone outside hours: the greater of half an hour or the call.",
  articles: ["19.01(b)"],
  fields: [f.date("date", "Date", { default: "today", hint: "Used only to look up the rate from a pay grade." }), ...rateFields(), ...call(1), ...call(2)],
  check: (i) => checkRate(i) ?? allOrNone(i, ["call2Start", "call2Minutes", "call2Matter"], "call 2"),
  errorField: (field, input) => {
    const m = /^calls\.(\d+)\.(\w+)/.exec(field);
    if (!m) return rateErrorField(field);
    const n = input.call2Start !== undefined && Number(m[1]) === 1 ? 2 : 1;
    return { start: `call${n}Start`, durationMin: `call${n}Minutes`, matter: `call${n}Matter` }[m[2]];
  },
  compute: (i, policies) => {
    const rec = i as Record<string, unknown>;
    const calls = [1, 2].filter((n) => rec[`call${n}Start`] !== undefined).map((n) => ({
      start: rec[`call${n}Start`] as string, durationMin: rec[`call${n}Minutes`] as number, matter: rec[`call${n}Matter`] as string,
    }));
    const rate = resolveRate(i, i.date);
    const r = sd71PhoneCallPay({ rateCents: rate.cents, calls, ...(policies ? { policies } : {}) });
    return {
      headline: money("Telephone-call pay", r.totalCents),
      figures: [money("Hourly rate", rate.cents), plain("Paid as", r.paidCalls.length === 1 ? "one call" : `${r.paidCalls.length} calls`), plain("Hours paid", r.paidCalls.reduce((s, c) => s + c.paidHours, 0))],
      explanation: joinExplanations(rate.lookup, r),
    };
  },
});
