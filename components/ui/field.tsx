import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Common = { label: string; name: string; errors?: string[]; hint?: string };

function Describe({ id, errors, hint }: { id: string; errors?: string[]; hint?: string }) {
  return (
    <>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">{hint}</p> : null}
      <div id={`${id}-error`} aria-live="polite" aria-atomic="true">
        {errors?.map((e) => (
          <p key={e} className="mt-1 text-sm font-medium text-red-700">{e}</p>
        ))}
      </div>
    </>
  );
}

const describedBy = (id: string, errors?: string[], hint?: string) =>
  [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

const control =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-700";

export function TextField({ label, name, errors, hint, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = rest.id ?? `f-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <input id={id} name={name} className={control} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} {...rest} />
      <Describe id={id} errors={errors} hint={hint} />
    </div>
  );
}

export function SelectField({
  label, name, errors, hint, options, ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const id = rest.id ?? `f-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={id} name={name} className={control} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <Describe id={id} errors={errors} hint={hint} />
    </div>
  );
}

export function CheckboxField({ label, name, errors, hint, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = rest.id ?? `f-${name}`;
  return (
    <div>
      <div className="flex items-center gap-2">
        <input id={id} name={name} type="checkbox" className="h-4 w-4" aria-describedby={describedBy(id, errors, hint)} {...rest} />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">{label}</label>
      </div>
      <Describe id={id} errors={errors} hint={hint} />
    </div>
  );
}

export function TextAreaField({ label, name, errors, hint, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = rest.id ?? `f-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <textarea id={id} name={name} rows={4} className={control} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} {...rest} />
      <Describe id={id} errors={errors} hint={hint} />
    </div>
  );
}
