"use client";
import { ChipCombobox } from "./chip-combobox";

/** A grievor as the picker shows them: name, employee number, and where and as what they work. */
export type Grievor = { number: string; name?: string; status?: string; role?: string | null; school?: string | null };

const statusWord = (s?: string) => (s && s !== "ACTIVE" ? ` (${s.toLowerCase().replace(/_/g, " ")})` : "");
const where = (g: Grievor) => [g.role, g.school].filter(Boolean).join(", ");
/** "Ann Lee (100234)", or the number alone for a number the picker has not looked up. */
export const grievorText = (g: Grievor) => (g.name ? `${g.name} (${g.number})` : g.number);

/**
 * The one grievor picker: search employees of the chosen agreement by name or number; each person chosen is a
 * chip (name, number, role and school) with a remove button. Submits the numbers as the `grievors` field.
 */
export function GrievorPicker({ agreementId, chosen, onChange, errors }: { agreementId: string; chosen: Grievor[]; onChange: (next: Grievor[]) => void; errors?: string[] }) {
  return (
    <fieldset className="md:col-span-2">
      <legend className="text-sm font-semibold text-slate-900">Grievors</legend>
      <ChipCombobox<Grievor>
        inputId="f-grievors" name="grievors" label="Find an employee" endpoint="/grievances/grievors" agreementId={agreementId} minChars={2}
        hint="Type two letters of a name or the start of an employee number; choose with the arrow keys and Enter. Backspace in the empty box removes the last person."
        listLabel="Matching employees" chipsLabel="Chosen grievors"
        keyOf={(g) => g.number}
        option={(g) => (
          <>
            <span className="font-medium">{g.name}</span> · <span className="font-mono">{g.number}</span>{statusWord(g.status)}
            {where(g) ? <span className="block text-xs">{where(g)}</span> : null}
          </>
        )}
        chip={(g) => (
          <>
            <span className="font-medium">{g.name ?? "Employee"}</span> <span className="font-mono">{g.number}</span>
            {where(g) ? <span className="text-slate-700"> · {where(g)}</span> : null}
          </>
        )}
        removeLabel={(g) => `Remove ${grievorText(g)}`}
        chosen={chosen} onChange={onChange} errors={errors}
      />
    </fieldset>
  );
}
