export function Forbidden({ what }: { what: string }) {
  return (
    <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-4">
      <h1 className="text-xl font-bold">Not permitted</h1>
      <p className="mt-1">Your roles do not allow you to {what}. Ask an administrator if you need this access.</p>
    </div>
  );
}
