/** The layoff what-if over the seniority standings: pure, so two scenarios can be run and compared freely. */
import { simulateSd71 } from "./sd71";
import { simulateSd73 } from "./sd73";
import type { LayoffStanding, ScenarioInput, ScenarioOutcome } from "./types";

export function simulateLayoff(rows: LayoffStanding[], input: ScenarioInput): ScenarioOutcome {
  return input.cut.agreement === "sd73-teachers" ? simulateSd73(rows, input.cut, input) : simulateSd71(rows, input.cut, input);
}

export { bumpChains, describeChain } from "./chains";
export { describePositionChange, positionChanges } from "./position-changes";
export { sd73InScope } from "./sd73";
export { sd71InScope, positionOf } from "./sd71";
export type * from "./types";
