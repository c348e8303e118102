import type { Metadata } from "next";
import { publicOrigin } from "@/lib/public-origin";
import { headers } from "next/headers";
import { requireUser } from "@/lib/dal/session";
import { listFeedTokens } from "@/lib/dal/calendar-feeds";
import { canSeeGrievances } from "@/lib/dal/grievance-scope";
import { CreateFeed, RevokeFeed } from "@/components/settings/feed-controls";
import { createFeedAction, revokeFeedAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

const ts = (d: Date | null) => (d ? new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }).format(d) : "—");

export default async function SettingsPage() {
  const actor = await requireUser();
  const h = await headers();
  const origin = publicOrigin(h);
  const tokens = canSeeGrievances(actor) ? await listFeedTokens(actor) : [];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <section aria-labelledby="feed-h" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="feed-h" className="text-lg font-semibold">Calendar feed</h2>
        {canSeeGrievances(actor) ? (
          <>
            <p className="max-w-3xl text-slate-700">
              Subscribe to this address in Outlook or Google Calendar to see the next deadline of each open grievance you see on your dashboard,
              with its article and calendar profile. Anyone with the address can read the feed: revoke it if it is shared by mistake.
            </p>
            <CreateFeed action={createFeedAction} origin={origin} hasActive={tokens.some((t) => !t.revokedAt)} />
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-blue-800 underline">How to subscribe</summary>
              <div className="mt-2 grid gap-3 md:grid-cols-2">
                <div>
                  <h3 className="font-semibold">Outlook</h3>
                  <ol className="list-decimal pl-6">
                    <li>Copy the feed address above.</li>
                    <li>In Outlook, open Calendar → Add calendar → Subscribe from web.</li>
                    <li>Paste the address, name it (e.g. “Grievance deadlines”) and choose Import.</li>
                  </ol>
                </div>
                <div>
                  <h3 className="font-semibold">Google Calendar</h3>
                  <ol className="list-decimal pl-6">
                    <li>Copy the feed address above.</li>
                    <li>In Google Calendar on a computer, next to “Other calendars” choose + → From URL.</li>
                    <li>Paste the address and choose Add calendar. Google refreshes it every few hours.</li>
                  </ol>
                </div>
              </div>
              <p className="mt-2">On a phone or a Mac, the webcal: link opens the calendar app directly.</p>
            </details>
            {tokens.length ? (
              <div className="overflow-x-auto"><table className="w-full border-collapse text-sm">
                <caption className="p-2 text-left font-medium">Your feed addresses</caption>
                <thead>
                  <tr className="border-b border-slate-300 text-left">
                    <th scope="col" className="p-2">Created</th>
                    <th scope="col" className="p-2">Last read</th>
                    <th scope="col" className="p-2">Status</th>
                    <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.map((t) => (
                    <tr key={t.id} className="border-b border-slate-200" data-testid="feed-token">
                      <td className="p-2">{ts(t.createdAt)}</td>
                      <td className="p-2">{ts(t.lastUsedAt)}</td>
                      <td className="p-2">{t.revokedAt ? `Revoked ${ts(t.revokedAt)}` : "Active"}</td>
                      <td className="p-2 text-right">{t.revokedAt ? null : <RevokeFeed action={revokeFeedAction} id={t.id} label={`feed created ${ts(t.createdAt)}`} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table></div>
            ) : <p>You have no feed address yet.</p>}
          </>
        ) : <p>Your roles include no grievances, so there is no deadline feed for you.</p>}
      </section>
    </div>
  );
}
