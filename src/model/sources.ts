/**
 * The source documents shnor's rules, indicators, clusters and measures come from (data/sources.json,
 * issue 20): each with a stable id, its requisites as the document gives them, its full title and
 * the short form running text cites it by. Data names a document by its id; what a user reads
 * names it by the citation (seed N, the name of the file a document came in, stays in docs/rules.md).
 */
import * as z from 'zod';
import registryData from '../../data/sources.json' with { type: 'json' };

const bilingual = z.object({ ru: z.string().min(1), en: z.string().min(1) }).strict();

const sourceDocumentSchema = z
  .object({
    id: z.string().regex(/^[a-z]+-\d{4}$/),
    /** The date and number (or year) as the document writes them; the Russian title carries them word for word. */
    requisites: z.string().min(1),
    title: bilingual,
    cite: bilingual,
  })
  .strict()
  .refine((d) => d.title.ru.includes(d.requisites), { message: 'the Russian title carries the requisites' });

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
type Language = keyof z.infer<typeof bilingual>;

export const SOURCE_DOCUMENTS: readonly SourceDocument[] = z
  .object({ $source: z.string().optional(), documents: z.array(sourceDocumentSchema).min(1) })
  .strict()
  .refine((r) => new Set(r.documents.map((d) => d.id)).size === r.documents.length, { message: 'duplicate id' })
  .parse(registryData).documents;

const BY_ID = new Map(SOURCE_DOCUMENTS.map((d) => [d.id, d]));

/** A passage of a source: the document (a registry id, or a user catalogue's own words), where in it, and its words. */
export const passageSchema = z.object({ document: z.string(), section: z.string(), quote: z.string() }).strict();
export type Passage = z.infer<typeof passageSchema>;

/** How running text names a document: the registry's short citation, or the text itself when it is no registry id. */
export function citation(document: string, lang: Language): string {
  return BY_ID.get(document)?.cite[lang] ?? document;
}

/** «приказ УО Славянского района от 12.09.2022 № 1496, § 3.5»: the document's citation and the section, when there is one. */
export function citePassage(ref: Pick<Passage, 'document' | 'section'>, lang: Language): string {
  return ref.section ? `${citation(ref.document, lang)}, ${ref.section}` : citation(ref.document, lang);
}
