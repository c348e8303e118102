import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sd71InScope, simulateLayoff } from "@/lib/layoffs/simulate";
import type { LayoffAgreement, ScenarioInput, ScenarioOutcome, ScenarioResult } from "@/lib/layoffs/types";
import { hasRole, requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { loadLayoffStandings } from "./layoff-standings";
import { todayInBC } from "./dates";
import { confirmLayoffs } from "./layoff-confirm";

const VIEW = ["ADMIN", "HR_CLERK", "STEWARD", "LOCAL_OFFICER"] as const;
const WRITE = ["ADMIN", "HR_CLERK"] as const;

/** Agreements whose layoffs the actor may see, and whether they may create and confirm scenarios for them. */
export async function layoffAgreements(actor: Actor) {
  const prisma = await db();
  const rows = await prisma.agreement.findMany({ where: { id: { in: actor.agreementIds } }, include: { organization: { select: { code: true } }, local: { select: { id: true } } }, orderBy: { rulesId: "desc" } });
  return rows
    .filter((a) => hasRole(actor, [...VIEW], { organizationId: a.organizationId }) || hasRole(actor, [...VIEW], { localId: a.localId }))
    .map((a) => ({ id: a.id, rulesId: a.rulesId as LayoffAgreement, title: a.title, organizationId: a.organizationId, orgCode: a.organization.code, canWrite: hasRole(actor, [...WRITE], { organizationId: a.organizationId }) }));
}

async function agreementFor(actor: Actor, rulesId: string) {
  const a = (await layoffAgreements(actor)).find((x) => x.rulesId === rulesId);
  if (!a) throw new NotFoundError("Agreement");
  return a;
}

/**
 * The scenarios the actor may read: every scenario of the agreements where they are district HR or admin; for
 * stewards and local officers only those HR has shared with the union or confirmed (a draft stays private to HR).
 */
export async function visibleScenarios(actor: Actor): Promise<Prisma.LayoffScenarioWhereInput> {
  const agreements = await layoffAgreements(actor);
  const hr = agreements.filter((a) => a.canWrite).map((a) => a.id);
  const union = agreements.filter((a) => !a.canWrite).map((a) => a.id);
  return { OR: [{ agreementId: { in: hr } }, { agreementId: { in: union }, OR: [{ status: "CONFIRMED" }, { sharedAt: { not: null } }] }] };
}

export async function listScenarios(actor: Actor) {
  const where = await visibleScenarios(actor);
  const prisma = await db();
  return prisma.layoffScenario.findMany({ where, include: { agreement: { select: { rulesId: true } }, organization: { select: { code: true } } }, orderBy: { createdAt: "desc" } });
}

/** Runs a what-if without saving anything. */
export async function runWhatIf(actor: Actor, rulesId: LayoffAgreement, input: ScenarioInput): Promise<ScenarioOutcome> {
  await agreementFor(actor, rulesId);
  return simulateLayoff(await loadLayoffStandings(actor, rulesId, todayInBC()), input);
}

/** Saves a draft scenario when its what-if runs; bad input comes back by field and nothing is saved. */
export async function createScenario(actor: Actor, rulesId: LayoffAgreement, name: string, input: ScenarioInput) {
  const a = await agreementFor(actor, rulesId);
  requireRole(actor, [...WRITE], { organizationId: a.organizationId });
  const outcome = await runWhatIf(actor, rulesId, input);
  if (!outcome.ok) return outcome;
  const prisma = await db();
  const id = await prisma.$transaction(async (tx) => {
    const row = await tx.layoffScenario.create({ data: { organizationId: a.organizationId, agreementId: a.id, name, input: input as unknown as Prisma.InputJsonValue, createdById: actor.userId } });
    await recordAudit(tx, actor, { action: "create", entity: "LayoffScenario", entityId: row.id, organizationId: a.organizationId, after: { name, input } });
    return row.id;
  });
  return { ok: true as const, id };
}

/** A scenario with its outcome: recomputed from today's standings while a draft, as recorded once confirmed. */
export async function getScenario(actor: Actor, id: string) {
  const prisma = await db();
  const s = await prisma.layoffScenario.findFirst({ where: { AND: [{ id }, await visibleScenarios(actor)] }, include: { agreement: { select: { rulesId: true, title: true } }, organization: { select: { code: true } } } });
  if (!s) throw new NotFoundError("Layoff scenario");
  const rulesId = s.agreement.rulesId as LayoffAgreement;
  const input = s.input as unknown as ScenarioInput;
  const outcome: ScenarioOutcome = s.status === "CONFIRMED" && s.result
    ? { ok: true, result: s.result as unknown as ScenarioResult }
    : simulateLayoff(await loadLayoffStandings(actor, rulesId, todayInBC()), input);
  const canWrite = hasRole(actor, [...WRITE], { organizationId: s.organizationId });
  return { scenario: s, rulesId, input, outcome, canConfirm: s.status === "DRAFT" && canWrite, canEdit: s.status === "DRAFT" && canWrite };
}

/** Confirms a draft: the layoffs go into the ledger and the employees onto the recall list, all or nothing. */
export async function confirmScenario(actor: Actor, id: string): Promise<{ ok: true; count: number } | { ok: false; message: string }> {
  const { scenario, rulesId, input, outcome } = await getScenario(actor, id);
  requireRole(actor, [...WRITE], { organizationId: scenario.organizationId });
  if (scenario.status !== "DRAFT") return { ok: false, message: "This scenario is already confirmed." };
  if (!outcome.ok) return { ok: false, message: `The scenario no longer runs on today's seniority list: ${Object.values(outcome.errors).flat().join(" ")}` };
  return confirmLayoffs(actor, { id: scenario.id, name: scenario.name, organizationId: scenario.organizationId, rulesId, input }, outcome.result);
}

const GC_LABEL: Record<string, string> = { a: "27.03(a) Library clerk, education assistant, support and program workers", b: "27.03(b) Clerical", c: "27.03(c) Maintenance, custodian, technician, bus driver" };

/** What the what-if form offers: SD71 positions by general classification, SD73 qualifications. Writers only. */
export async function layoffFormOptions(actor: Actor, rulesId: LayoffAgreement) {
  const a = await agreementFor(actor, rulesId);
  requireRole(actor, [...WRITE], { organizationId: a.organizationId });
  const rows = await loadLayoffStandings(actor, rulesId, todayInBC());
  const qualifications = [...new Set(rows.flatMap((r) => r.qualifications))].sort();
  const groups = rulesId === "sd71-cupe439"
    ? (["a", "b", "c"] as const).map((g) => ({
        label: GC_LABEL[g],
        options: rows.filter((r) => sd71InScope(r) && r.generalClassification === g)
          .sort((x, y) => (x.classification ?? "").localeCompare(y.classification ?? "") || x.seniorityDate!.localeCompare(y.seniorityDate!))
          .map((r) => ({
            value: r.employeeId,
            label: `${r.positionTitle ?? r.classification}${r.school ? ` at ${r.school}` : ""} — ${r.name} (${r.employeeNumber}), seniority ${r.seniorityDate}, ${r.fteMilli / 1000} FTE`,
            search: [r.positionTitle, r.classification, r.school, r.name, r.employeeNumber].filter(Boolean).join(" "),
          })),
      }))
    : [];
  return { agreement: a, qualifications, groups };
}
