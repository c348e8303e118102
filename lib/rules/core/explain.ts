/**
 * The explanation every public rules function returns: the articles applied,
 * the arithmetic in words a steward can read, and the interpretations used.
 */
export interface Explanation {
  /** Articles applied, e.g. ["B.2.6", "B.2.5"]. */
  citations: string[];
  /** The computation in plain words, in order. */
  steps: string[];
  /** Interpretation ids applied (e.g. "AMB-02"), each a named, overridable policy. */
  interpretations: string[];
}

/** Collects citations, steps and interpretations without duplicates, in order of use. */
export class Trace {
  readonly citations: string[] = [];
  readonly steps: string[] = [];
  readonly interpretations: string[] = [];

  cite(...articles: string[]): this {
    for (const a of articles) if (!this.citations.includes(a)) this.citations.push(a);
    return this;
  }
  step(text: string): this {
    this.steps.push(text);
    return this;
  }
  interpret(...ids: string[]): this {
    for (const id of ids) if (!this.interpretations.includes(id)) this.interpretations.push(id);
    return this;
  }
  explanation(): Explanation {
    return { citations: this.citations, steps: this.steps, interpretations: this.interpretations };
  }
  /** Attach this trace's explanation to a freshly built result object (mutates and returns it). */
  done<T extends object>(result: T): T & Explanation {
    const r = result as T & Explanation;
    r.citations = this.citations;
    r.steps = this.steps;
    r.interpretations = this.interpretations;
    return r;
  }
}
