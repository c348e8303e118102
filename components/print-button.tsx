"use client";

/** Opens the browser's print dialog (the page's print CSS hides the navigation). */
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white">
      {label}
    </button>
  );
}
