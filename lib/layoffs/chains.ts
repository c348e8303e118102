/** Bumping chains from the displacements of sd71LayoffBumping: "A displaces B from position P, B displaces C…". */
import type { BumpChain, ChainLink } from "./types";

/**
 * Each employee is displaced at most once and then either displaces someone or is laid off, so every chain
 * starts at the incumbent of an eliminated position and is a simple path.
 */
export function bumpChains(starts: string[], bumps: ChainLink[], laidOff: string[]): BumpChain[] {
  const next = new Map(bumps.map((b) => [b.displaced, b]));
  const gone = new Set(laidOff);
  return starts.map((start) => {
    const links: ChainLink[] = [];
    let at = start;
    for (let b = next.get(at); b && links.length <= bumps.length; b = next.get(at)) { links.push(b); at = b.bumped; }
    return { links, laidOff: gone.has(at) ? at : null };
  });
}

/** The chain in words, e.g. "A displaces B from position P, B displaces C from position Q; C is laid off". */
export function describeChain(c: BumpChain, name: (id: string) => string, position: (id: string) => string): string {
  const parts = c.links.map((l) => `${name(l.displaced)} displaces ${name(l.bumped)} from position ${position(l.position)}`);
  const end = c.laidOff ? `${name(c.laidOff)} is laid off` : "nobody is laid off";
  return parts.length ? `${parts.join(", ")}; ${end}` : `${end} (no less senior employee in the general classification holds a position they are qualified for)`;
}
