import Link from "next/link";

/** A citation of an agreement article, linked to its page in the agreement library. */
export function Citation({ agreement, article }: { agreement: string; article: string }) {
  return (
    <Link href={`/agreements/${agreement}/articles/${encodeURIComponent(article)}`} className="font-mono text-blue-800 underline">
      {article}
    </Link>
  );
}
