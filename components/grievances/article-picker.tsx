"use client";
import { articleIdFromText } from "@/lib/grievances/article-text";
import { ChipCombobox } from "./chip-combobox";

export type ArticleChoice = { id: string; heading?: string };

const typedArticle = (text: string): ArticleChoice | null => {
  const id = articleIdFromText(text);
  return id ? { id } : null;
};

/**
 * The article picker: searches the agreement library of the chosen agreement by id ("C.2", "15.02") or by words
 * ("seniority"); a typed id is accepted as it is. Submits the ids as the `articles` field.
 */
export function ArticlePicker({ agreementId, chosen, onChange, errors }: { agreementId: string; chosen: ArticleChoice[]; onChange: (next: ArticleChoice[]) => void; errors?: string[] }) {
  return (
    <div className="md:col-span-2">
      <ChipCombobox<ArticleChoice>
        inputId="f-articles" name="articles" label="Articles alleged violated" endpoint="/grievances/articles" agreementId={agreementId} minChars={1}
        hint="Type an article or clause id (C.2.1, A.6.2.b, 12.02(a)) or words from the agreement, and choose with the arrow keys and Enter."
        listLabel="Matching articles" chipsLabel="Chosen articles"
        keyOf={(a) => a.id}
        option={(a) => (<><span className="font-mono font-medium">{a.id}</span>{a.heading ? <span> — {a.heading}</span> : null}</>)}
        chip={(a) => (<><span className="font-mono font-medium">{a.id}</span>{a.heading ? <span className="text-slate-700"> · {a.heading}</span> : null}</>)}
        removeLabel={(a) => `Remove article ${a.id}`}
        freeEntry={typedArticle}
        chosen={chosen} onChange={onChange} errors={errors}
      />
    </div>
  );
}
