import Link from "@/components/ui/link";

/** The words of every "not found" answer: a missing record and a refused one read the same (nothing is revealed). */
export function NotFoundMessage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">This page or record does not exist, or it belongs to a district or local you do not have access to.</p>
      <Link className="mt-4 inline-block text-blue-800 underline" href="/">Back to the dashboard</Link>
    </>
  );
}
