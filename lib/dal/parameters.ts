import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputError, RulesError, isoDay, tryParseIsoDate, type DayNumber } from "@/lib/rules/core";
import { SERIES, seriesById } from "@/lib/rules/parameters/registry";
import { GWI_ROUNDING, checkGridShape, gwiValue, parsePercent, previewRows, type PreviewRow } from "@/lib/rules/parameters/new-values";
import { gridFromCsv } from "@/lib/parameters/grid-csv";
import type { Grid } from "@/lib/rules/sd73-teachers/parameters/salary-grids";
import { hasRole, requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { toIso } from "./dates";
import { loadParameterSet, overlayCite } from "./parameter-set";

export type NewValueInput = {
  agreementId: string; seriesId: string; effectiveDate: string; method: "gwi" | "csv";
  percent?: string; csv?: string; key?: string; citation: string; citationDate: string;
};
type Fail = { ok: false; message: string; errors: Record<string, string[]> };
const fail = (field: string, msg: string): Fail => ({ ok: false, message: "Nothing was saved.", errors: { [field]: [msg] } });

async function agreementFor(actor: Actor, agreementId: string) {
  const prisma = await db();
  const a = actor.agreementIds.includes(agreementId) ? await prisma.agreement.findUnique({ where: { id: agreementId } }) : null;
  if (!a || !hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: a.organizationId })) return null;
  return a;
}

/** Every dated series per agreement of the actor's districts, with built-in and entered values (ADMIN, HR_CLERK). */
export async function listParameters(actor: Actor) {
  const prisma = await db();
  const agreements = (await prisma.agreement.findMany({ where: { id: { in: actor.agreementIds } }, orderBy: { title: "asc" } }))
    .filter((a) => hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: a.organizationId }));
  if (!agreements.length) requireRole(actor, ["ADMIN", "HR_CLERK"]);
  const entered = await prisma.parameterValue.findMany({
    where: { agreementId: { in: agreements.map((a) => a.id) } }, orderBy: { effectiveDate: "asc" },
    include: { enteredBy: { select: { name: true, email: true } }, withdrawnBy: { select: { name: true, email: true } } },
  });
  return agreements.map((a) => ({
    id: a.id, title: a.title, rulesId: a.rulesId,
    canEdit: hasRole(actor, ["ADMIN"], { organizationId: a.organizationId }),
    series: SERIES.filter((s) => s.agreement === a.rulesId).map((s) => ({
      id: s.id, group: s.group, kind: s.kind, editable: s.editable, name: s.series.def.name, article: s.series.def.article, unit: s.series.def.unit,
      coverageTo: s.series.def.coverageTo, continuation: s.series.def.continuation,
      builtIn: s.series.def.values.map((v) => ({ from: v.from, cite: v.cite, value: v.value })),
      entered: entered.filter((e) => e.agreementId === a.id && e.seriesId === s.id).map((e) => ({
        id: e.id, from: toIso(e.effectiveDate), cite: overlayCite(e), method: e.method, value: e.value,
        withdrawn: e.withdrawnAt ? `withdrawn ${e.withdrawnAt.toISOString().slice(0, 10)} by ${e.withdrawnBy?.name ?? e.withdrawnBy?.email}` : null,
      })),
    })),
  }));
}

/** The new value and its before/after rows, validated like the built-in data; nothing is saved. */
export async function previewParameterValue(actor: Actor, input: NewValueInput): Promise<Fail | { ok: true; value: unknown; rows: PreviewRow[]; rounding: string | null; previous: string; method: string; organizationId: string }> {
  const a = await agreementFor(actor, input.agreementId);
  if (!a) return fail("agreementId", "not an agreement of a district you administer");
  requireRole(actor, ["ADMIN"], { organizationId: a.organizationId });
  const def = seriesById(input.seriesId);
  if (!def || !def.editable || def.agreement !== a.rulesId || !def.schema) return fail("seriesId", "values cannot be added to this series yet");
  const day = tryParseIsoDate(input.effectiveDate) as DayNumber | null;
  if (day === null) return fail("effectiveDate", "not a YYYY-MM-DD date");
  if (!isoDay.safeParse(input.citationDate).success) return fail("citationDate", "not a YYYY-MM-DD date");
  if (input.citation.trim().length < 3) return fail("citation", "name the agreement, MOA or award");
  const prisma = await db();
  const params = await loadParameterSet(prisma, a.organizationId);
  let prev;
  try { prev = params.series(def.id, def.series).on(day - 1, "effectiveDate"); } catch (e) {
    if (e instanceof RulesError) return fail("effectiveDate", `${e.message.replace(/ \[field: .*\]$/, "")} (${e.article}): there is no previous value to start from`);
    throw e;
  }
  const kind = def.kind as "grid" | "cents" | "in-lieu";
  const key = (input.key ?? "").trim() || `${(prev.value as Grid).key?.replace(/-\d{4}$/, "") ?? "VALUE"}-${input.effectiveDate.slice(0, 4)}`;
  let value: unknown, method: string, rounding: string | null = null;
  if (input.method === "gwi") {
    let pct;
    try { pct = parsePercent(input.percent ?? ""); } catch (e) { if (e instanceof InputError) return fail("percent", e.message.replace(/ \[field: .*\]$/, "")); throw e; }
    value = gwiValue(kind, prev.value, pct, key);
    rounding = GWI_ROUNDING[kind];
    method = `general wage increase of ${input.percent!.trim()}% on ${(prev.value as Grid).key ?? prev.cite} (${rounding})`;
  } else {
    if (kind !== "grid") return fail("csv", "CSV upload is for grids; use a general increase for a rate");
    const r = gridFromCsv(input.csv ?? "", key);
    if (!r.grid) return { ok: false, message: "Nothing was saved.", errors: { csv: r.errors } };
    const shape = checkGridShape(prev.value as Grid, r.grid);
    if (shape.length) return { ok: false, message: "Nothing was saved.", errors: { csv: shape } };
    value = r.grid;
    method = "CSV upload";
  }
  const v = def.schema.safeParse(value);
  if (!v.success) return fail("csv", v.error.issues[0].message);
  return { ok: true, value: v.data, rows: previewRows(kind, prev.value, v.data), rounding, previous: `${(prev.value as Grid).key ?? ""} ${prev.cite}`.trim(), method, organizationId: a.organizationId };
}

/** Saves a previewed value (recomputed here, never trusted from the form), with an audit record. ADMIN only. */
export async function saveParameterValue(actor: Actor, input: NewValueInput) {
  const p = await previewParameterValue(actor, input);
  if (!p.ok) return p;
  const prisma = await db();
  const dup = await prisma.parameterValue.findFirst({ where: { agreementId: input.agreementId, seriesId: input.seriesId, effectiveDate: new Date(input.effectiveDate + "T00:00:00Z"), withdrawnAt: null } });
  if (dup) return fail("effectiveDate", `a value effective ${input.effectiveDate} is already entered: withdraw it first`);
  const row = await prisma.$transaction(async (tx) => {
    const r = await tx.parameterValue.create({ data: {
      agreementId: input.agreementId, seriesId: input.seriesId, effectiveDate: new Date(input.effectiveDate + "T00:00:00Z"), value: p.value as Prisma.InputJsonValue,
      citation: input.citation.trim(), citationDate: new Date(input.citationDate + "T00:00:00Z"), method: p.method, enteredById: actor.userId,
    } });
    await recordAudit(tx, actor, { action: "create", entity: "ParameterValue", entityId: r.id, organizationId: p.organizationId, after: { seriesId: r.seriesId, effectiveDate: input.effectiveDate, citation: r.citation, method: r.method, value: p.value } });
    return r;
  });
  return { ok: true as const, id: row.id };
}

/** Withdraws a value while nothing approved used it: no retro line, no approved period computed after it was entered. */
export async function withdrawParameterValue(actor: Actor, id: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const prisma = await db();
  const pv = await prisma.parameterValue.findFirst({ where: { id, agreementId: { in: actor.agreementIds } }, include: { agreement: true } });
  if (!pv) return { ok: false, message: "No such parameter value." };
  requireRole(actor, ["ADMIN"], { organizationId: pv.agreement.organizationId });
  if (pv.withdrawnAt) return { ok: false, message: "Already withdrawn." };
  const retro = await prisma.payLine.count({ where: { parameterValueId: id } });
  if (retro) return { ok: false, message: `Refused: ${retro} retro adjustment line(s) were computed with this value; it stays on record.` };
  const used = await prisma.payPeriod.findFirst({ where: { organizationId: pv.agreement.organizationId, status: "APPROVED", computedAt: { gte: pv.enteredAt }, endDate: { gte: pv.effectiveDate } } });
  if (used) return { ok: false, message: `Refused: the approved pay period ${toIso(used.startDate)} to ${toIso(used.endDate)} was computed with this value.` };
  await prisma.$transaction(async (tx) => {
    await tx.parameterValue.update({ where: { id }, data: { withdrawnAt: new Date(), withdrawnById: actor.userId } });
    await recordAudit(tx, actor, { action: "update", entity: "ParameterValue", entityId: id, organizationId: pv.agreement.organizationId, before: { withdrawnAt: null }, after: { withdrawnAt: "now" } });
  });
  return { ok: true };
}
