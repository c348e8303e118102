import "server-only";
import { db } from "@/lib/db";
import type { Calculator } from "@/lib/calculators/types";
import { runCalculator, type Query } from "@/lib/calculators/run";
import type { ParameterSet } from "@/lib/rules/core";
import type { Actor } from "./actor";
import { loadParameterSet } from "./parameter-set";

/**
 * The parameter set a calculator computes with: the agreement's district values (built-in data plus what the district
 * entered on /admin/parameters) when the actor belongs to that agreement's district or is an administrator; the
 * built-in data otherwise.
 */
export async function calculatorParameterSet(actor: Actor, agreementRulesId: string): Promise<ParameterSet | undefined> {
  const prisma = await db();
  const agreement = await prisma.agreement.findUnique({ where: { rulesId: agreementRulesId }, select: { organizationId: true } });
  if (!agreement) return undefined;
  const visible = actor.organizationIds.includes(agreement.organizationId) || actor.memberships.some((m) => m.role === "ADMIN");
  return visible ? loadParameterSet(prisma, agreement.organizationId) : undefined;
}

/** Runs a calculator on the server with the district's parameter set, so a result dated after an entered value uses it. */
export async function runCalculatorFor(actor: Actor, calc: Calculator, query: Query, today: string) {
  const params = await calculatorParameterSet(actor, calc.agreement);
  return { run: runCalculator(calc, query, today, params), params };
}
