import Link from "next/link";

/** A refused or missing record inside the signed-in pages: rendered in the layout's main landmark, so no second one. */
export default function NotFound() {
  return (
    <div className="max-w-xl py-10">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">This page or record does not exist, or it belongs to a district or local you do not have access to.</p>
      <Link className="mt-4 inline-block text-blue-800 underline" href="/">Back to the dashboard</Link>
    </div>
  );
}
