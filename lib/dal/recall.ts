import "server-only";
import { db } from "@/lib/db";
import { sd71RecallOrder, sd73RecallStatus } from "@/lib/rules";
import type { LayoffAgreement } from "@/lib/layoffs/types";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { layoffAgreements } from "./layoffs";
import { toIso } from "./dates";
import { formatBC } from "./bc-time";

/** Rights that run out within this many days are flagged on the recall list. */
export const EXPIRY_ALERT_DAYS = 60;

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** The recall list of each agreement the actor may see, in recall order, with offers, refusals and expiry. */
export async function listRecall(actor: Actor, asOf: string) {
  const agreements = await layoffAgreements(actor);
  const prisma = await db();
  const entries = await prisma.recallEntry.findMany({
    where: { organizationId: { in: agreements.map((a) => a.organizationId) } },
    include: { employee: { select: { id: true, employeeNumber: true, firstName: true, lastName: true, classification: true, generalClassification: true, qualifications: true, agreement: { select: { rulesId: true } } } }, offers: { orderBy: { offeredAt: "asc" } } },
  });
  const rows = entries.map((e) => {
    const rulesId = e.employee.agreement.rulesId as LayoffAgreement;
    const layoff = toIso(e.layoffEffectiveDate);
    const refusals = e.offers.filter((o) => o.response === "DECLINED").map((o) => ({ date: toIso(o.respondedAt ?? o.offeredAt), equalOrGreaterTime: o.equalOrGreaterTime, changeOfCommunity: o.changeOfCommunity, qualified: o.qualified }));
    let expiresOn = toIso(e.expiresOn), article = e.expiryArticle, counted = refusals.length, explain: string[] = [], lostReason: string | null = null;
    if (rulesId === "sd73-teachers") {
      const st = sd73RecallStatus({ layoffEffectiveDate: layoff, asOf, refusals });
      expiresOn = st.recallRightsExpire; counted = st.countedRefusals; explain = st.steps; article = "C.12.1.c.vi";
      if (!st.active) lostReason = st.reason === "REFUSED_TWO_POSITIONS" ? "two refusals (C.12.1.c.vi.1)" : st.reason === "EXPIRED" ? "expired (C.12.1.c.vi.5)" : (st.reason ?? "lost");
    } else {
      explain = [`Seniority is kept through the day before ${expiresOn} (${article}); refusals: consequence not stated in the agreement (17.05(c)).`];
      if (asOf >= expiresOn) lostReason = `seniority lost on ${expiresOn} (${article})`;
    }
    const active = e.status === "ACTIVE" && !lostReason;
    const pending = e.offers.find((o) => o.response === null) ?? null;
    return {
      id: e.id, rulesId, status: e.status === "ACTIVE" && lostReason ? "LOST" : e.status, lostReason: e.statusReason ?? lostReason, active,
      employee: { id: e.employee.id, number: e.employee.employeeNumber, name: `${e.employee.lastName}, ${e.employee.firstName}`, classification: e.employee.classification, generalClassification: e.employee.generalClassification, qualifications: e.employee.qualifications },
      layoffEffectiveDate: layoff, seniorityDate: e.seniorityDate ? toIso(e.seniorityDate) : null, seniorityDays: e.seniorityDays,
      expiresOn, expiryArticle: article, daysLeft: daysBetween(asOf, expiresOn), refusals: refusals.length, countedRefusals: counted, explain,
      offers: e.offers.map((o) => ({ id: o.id, positionTitle: o.positionTitle, fteMilli: o.fteMilli, offeredAt: formatBC(o.offeredAt), respondBy: formatBC(o.respondBy), response: o.response, respondedAt: o.respondedAt ? formatBC(o.respondedAt) : null, late: o.late, overdue: o.response === null && o.respondBy.getTime() < Date.now() })),
      pendingOfferId: pending?.id ?? null,
    };
  });
  return agreements.map((a) => {
    const mine = rows.filter((r) => r.rulesId === a.rulesId);
    // SD73 C.12.1.c.i: decreasing order of seniority. SD71 17.04: last laid off, first recalled; same date, most senior first (A40).
    mine.sort((x, y) => a.rulesId === "sd73-teachers"
      ? (y.seniorityDays ?? 0) - (x.seniorityDays ?? 0)
      : y.layoffEffectiveDate.localeCompare(x.layoffEffectiveDate) || (x.seniorityDate ?? "").localeCompare(y.seniorityDate ?? ""));
    const active = mine.filter((r) => r.active);
    return { ...a, rows: mine, active, expiringSoon: active.filter((r) => r.daysLeft <= EXPIRY_ALERT_DAYS) };
  });
}

/** SD71 17.04, 17.05(a): who is offered a vacancy in a classification, in order, and who is not eligible and why. */
export async function sd71VacancyOrder(actor: Actor, classification: string, generalClassification: "a" | "b" | "c", date: string) {
  const list = (await listRecall(actor, date)).find((a) => a.rulesId === "sd71-cupe439");
  if (!list) throw new NotFoundError("Recall list");
  const laidOff = list.rows.filter((r) => r.status === "ACTIVE" && r.seniorityDate && ["a", "b", "c"].includes(r.employee.generalClassification ?? "")).map((r) => ({
    id: r.id, layoffDate: r.layoffEffectiveDate, seniorityDate: r.seniorityDate!, generalClassification: r.employee.generalClassification as "a",
    qualifiedFor: [r.employee.classification ?? "", ...r.employee.qualifications].filter(Boolean),
  }));
  const names = Object.fromEntries(list.rows.map((r) => [r.id, `${r.employee.name} (${r.employee.number})`]));
  return { ...sd71RecallOrder({ laidOff, vacancy: { classification, generalClassification, date } }), names };
}
