import { readFileSync } from "node:fs";

/** CPU time (user + system, ms) used so far by the given processes, read from /proc: meaningful on a busy machine. */
export function processCpuMs(pids: string[]): number {
  return pids.reduce((t, pid) => {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return t + (Number(f[11]) + Number(f[12])) * 10;
  }, 0);
}
