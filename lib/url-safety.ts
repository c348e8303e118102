// Control characters have no place in an address: PostgreSQL refuses a NUL byte in text (a 500 deep in a query), and
// the others only ever come from tampering. Tab, line feed and carriage return stay allowed: a calculator's list field
// (one entry per line) travels in the query string. The proxy answers such a request 400 before any page runs.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** True when the decoded path or any query key or value holds a control character, or the path cannot be decoded. */
export function hasControlCharacters(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return true; // a malformed %-sequence
  }
  if (CONTROL.test(path)) return true;
  for (const [k, v] of url.searchParams) if (CONTROL.test(k) || CONTROL.test(v)) return true;
  return false;
}
