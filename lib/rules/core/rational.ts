/**
 * Exact rational numbers on BigInt: money intermediates are never binary floats.
 * Values are kept with a positive denominator; reduction happens on demand.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = BigInt(n), dd = BigInt(d);
  if (dd === 0n) throw new RangeError("zero denominator");
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  return { n: nn, d: dd };
}

export const ZERO = rat(0);
export const ONE = rat(1);

export function reduce(a: Rational): Rational {
  const g = gcd(a.n, a.d);
  return g <= 1n ? a : { n: a.n / g, d: a.d / g };
}
export const add = (a: Rational, b: Rational): Rational =>
  a.d === b.d ? { n: a.n + b.n, d: a.d } : reduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const sub = (a: Rational, b: Rational): Rational => add(a, { n: -b.n, d: b.d });
export const mul = (a: Rational, b: Rational): Rational => reduce({ n: a.n * b.n, d: a.d * b.d });
export const div = (a: Rational, b: Rational): Rational => {
  if (b.n === 0n) throw new RangeError("division by zero");
  return rat(a.n * b.d, a.d * b.n);
};
export const cmp = (a: Rational, b: Rational): number => {
  const l = a.n * b.d, r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
export const isInteger = (a: Rational): boolean => a.n % a.d === 0n;

/** Round half up (towards +infinity at exactly .5) to an integer. */
export function roundHalfUp(a: Rational): bigint {
  const twice = 2n * a.n + a.d;
  const den = 2n * a.d;
  // floor division for possibly negative numerators
  const q = twice / den;
  return twice % den !== 0n && twice < 0n ? q - 1n : q;
}
/** Round toward zero to an integer. */
export const truncate = (a: Rational): bigint => a.n / a.d;
/** Smallest integer ≥ a. */
export function ceil(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n % a.d !== 0n && a.n > 0n ? q + 1n : q;
}
/** Largest integer ≤ a. */
export function floor(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n % a.d !== 0n && a.n < 0n ? q - 1n : q;
}

const DEC_RE = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;
/**
 * Exact rational from a decimal string or a JS number's shortest decimal form
 * ("0.3" → 3/10, never 0.299999…). Returns null for NaN/Infinity/garbage.
 */
export function fromDecimal(x: number | string): Rational | null {
  if (typeof x === "number" && !Number.isFinite(x)) return null;
  const s = typeof x === "number" ? String(x) : x.trim();
  const m = DEC_RE.exec(s);
  if (!m) return null;
  const frac = m[3] ?? "";
  let n = BigInt(m[2] + frac);
  let d = 10n ** BigInt(frac.length);
  const e = m[4] ? Number(m[4]) : 0;
  if (Math.abs(e) > 30) return null;
  if (e > 0) n *= 10n ** BigInt(e);
  else if (e < 0) d *= 10n ** BigInt(-e);
  if (m[1]) n = -n;
  return reduce({ n, d });
}

/** Decimal string with `places` digits, rounded half up ("456.026455"). */
const SCALES: bigint[] = Array.from({ length: 19 }, (_, i) => 10n ** BigInt(i));
export function toFixed(a: Rational, places: number): string {
  const scale = SCALES[places] ?? 10n ** BigInt(places);
  const v = roundHalfUp({ n: a.n * scale, d: a.d });
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const int = abs / scale;
  const frac = (abs % scale).toString().padStart(places, "0");
  return (neg ? "-" : "") + int.toString() + (places > 0 ? "." + frac : "");
}

/** A JS number for display and comparison only (never for money arithmetic). */
export const toNumber = (a: Rational): number => Number(a.n) / Number(a.d);
