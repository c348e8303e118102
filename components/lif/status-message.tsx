export function StatusMessage({ ok, message }: { ok?: boolean; message?: string }) {
  return (
    <div role="status" aria-live="polite" className={`text-sm font-medium ${ok ? "text-green-800" : "text-red-700"}`}>
      {message}
    </div>
  );
}
