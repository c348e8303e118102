"use client";

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-red-400 bg-red-50 p-4">
      <h1 className="text-xl font-bold">Something went wrong</h1>
      <p className="mt-1">Nothing was changed. Try again; if it keeps happening, tell your administrator what you were doing.</p>
      <button type="button" onClick={reset} className="mt-3 rounded-md border border-slate-400 bg-white px-3 py-1.5">Try again</button>
    </div>
  );
}
