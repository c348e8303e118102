import type { ButtonHTMLAttributes } from "react";

export function Button({ className = "", ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      className={`inline-flex items-center rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-900 disabled:opacity-60 ${className}`}
      {...rest}
    />
  );
}

/** A link that looks like the primary Button (classes of its own: added to linkButton, bg-white would win). */
export const primaryLinkButton = "inline-flex items-center rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-900";

export const linkButton =
  "inline-flex items-center rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100";
