/** The library search box: one agreement or all the user can read. A GET form, so results have a URL. */
export function LibrarySearchForm({ agreements, q = "", scope = "" }: { agreements: Array<{ rulesId: string; title: string }>; q?: string; scope?: string }) {
  return (
    <form method="get" action="/agreements/search" role="search" aria-label="Search the agreements" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3">
      <div className="grow">
        <label htmlFor="library-q" className="block text-sm font-medium">Search the text</label>
        <input id="library-q" name="q" type="search" defaultValue={q} required maxLength={200} aria-describedby="library-q-help"
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2" />
        <p id="library-q-help" className="mt-1 text-xs text-slate-700">Words are stemmed; use &quot;quotes&quot; for a phrase, OR for either word, -word to exclude.</p>
      </div>
      {agreements.length > 1 ? (
        <div>
          <label htmlFor="library-in" className="block text-sm font-medium">Agreement</label>
          <select id="library-in" name="in" defaultValue={scope} className="mt-1 block rounded-md border border-slate-400 bg-white px-2 py-2">
            <option value="">Both agreements</option>
            {agreements.map((a) => <option key={a.rulesId} value={a.rulesId}>{a.title}</option>)}
          </select>
        </div>
      ) : agreements.length === 1 ? <input type="hidden" name="in" value={agreements[0].rulesId} /> : null}
      <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white">Search</button>
    </form>
  );
}
