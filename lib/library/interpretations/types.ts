/** An interpretation from a specification's ambiguity register: the question, the default the app applies, the articles. */
export interface Interpretation {
  id: string;
  question: string;
  default: string;
  alternative: string;
  /** Citations of the articles or clauses it concerns ("B.2.5", "17.08", "Schedule C"). */
  articles: string[];
  specSection?: string;
}
