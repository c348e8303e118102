type Meeting = { id: string; date: Date; districtAttendees: string; localAttendees: string; agenda: string | null; minutes: string | null; suggestions: string | null; concerns: string | null; responses: string | null };

export function Meetings({ meetings, deadline }: { meetings: Meeting[]; deadline: string }) {
  if (!meetings.length) return <p className="mt-1 text-sm text-slate-700">No meetings recorded yet.</p>;
  return (
    <ol className="mt-2 space-y-3">
      {meetings.map((m) => {
        const d = m.date.toISOString().slice(0, 10);
        const details: Array<[string, string | null]> = [["Agenda", m.agenda], ["Minutes", m.minutes], ["Suggestions made", m.suggestions], ["Concerns raised", m.concerns], ["How the district addressed them", m.responses]];
        return (
          <li key={m.id} className="rounded border border-slate-200 p-3 text-sm">
            <p className="font-medium">{d}{d > deadline ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-950">after the deadline</span> : null}</p>
            <p>District: {m.districtAttendees}. Local: {m.localAttendees}.</p>
            <dl className="mt-1">{details.filter(([, v]) => v).map(([k, v]) => <div key={k}><dt className="inline font-medium">{k}: </dt><dd className="inline">{v}</dd></div>)}</dl>
          </li>
        );
      })}
    </ol>
  );
}
