// The one place for content schemas. Related IDs are checked against a scan of
// content/ (src/lib/content-index.ts), so a broken reference fails the build
// with the file and the field that hold it.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_DIR, currentIds, duplicateIds, parseYaml, readRegistry, scanContent, type IdKind } from './lib/content-index.ts';
import { publishedProblems } from './lib/id-registry.ts';
import { CATEGORIES, DETECTORS, SEVERITIES, keys } from './lib/taxonomy.ts';

const index = scanContent();

const duplicates = duplicateIds(index);
if (duplicates.length) throw new Error(`Duplicate ID: ${duplicates.join('; ')}`);

// IDs are a public contract: the build stops before one, or its address, disappears.
const broken = publishedProblems(readRegistry(), currentIds(index));
if (broken.length) throw new Error(`Published IDs would break (content/id-registry.json):\n- ${broken.join('\n- ')}`);

/** A YAML data file's entries; a syntax error names the file and line. */
const yamlEntries = (text: string, file: string) => parseYaml(text, file) as Record<string, Record<string, unknown>>;

/** A reference to an ID of a given kind that must exist somewhere in content/. */
function idOf(...kinds: IdKind[]) {
  return z.string().refine((id) => kinds.includes(index.ids.get(id)?.kind as IdKind), {
    error: (issue) => `"${String(issue.input)}" is not a known ${kinds.join(' or ')} ID`,
  });
}

/** A source document ID from content/sources.yaml. */
const sourceId = z.string().refine((id) => index.sources.has(id), {
  error: (issue) => `"${String(issue.input)}" is not a source in content/sources.yaml`,
});

const goVersion = z.string().regex(/^1\.\d+$/, 'a Go version such as "1.22"');

/** Inline Markdown (code spans, emphasis, links) rendered on one line. */
const inline = z.string().min(1);

/** The sites of Go's own documentation: the spec, release notes, package docs, go.dev articles and blog, and the staticcheck checks. */
const GO_DOCS_HOSTS = ['go.dev', 'pkg.go.dev', 'staticcheck.dev'];

/** A page of Go's own documentation that an entry rests on. */
const goReference = z.object({
  /** What the page is, as a reader would name it: "The Go FAQ: Why is my nil error value not equal to nil?". */
  title: z.string().min(3),
  /** Its address, on one of GO_DOCS_HOSTS, with the anchor of the part meant. */
  url: z.url().refine((url) => url.startsWith('https://') && GO_DOCS_HOSTS.includes(new URL(url).host), {
    error: (issue) => `"${String(issue.input)}" is not an https page of ${GO_DOCS_HOSTS.join(', ')}`,
  }),
});

/** An entry rests on a source document, Go's own documentation, or both. */
function needsASource(data: { sources: string[]; references: unknown[] }, ctx: z.RefinementCtx): void {
  if (data.sources.length === 0 && data.references.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['references'], message: 'an entry needs a source document (sources) or a page of Go\'s documentation (references)' });
  }
}

/** Fields every pattern and pitfall has. */
const entry = z.object({
  /** Title as it reads in headings and lists, sentence case. */
  title: z.string().min(3),
  /** One or two sentences: list excerpts, meta description and link previews. */
  summary: z.string().min(20).max(240),
  /** The index group it belongs to. */
  category: z.enum(keys(CATEGORIES)),
  /**
   * Other words readers search for it by, which its text does not use: names
   * from other guides ("interface pollution"), messages tools print, symptoms
   * in plain words. Shown on the page and weighted in search; each keyword
   * belongs to one entry.
   */
  keywords: z.array(z.string().min(2).max(60)).default([]),
  /** Related patterns (their pages link back automatically). */
  patterns: z.array(idOf('pattern')).default([]),
  /** Related pitfalls (their pages link back automatically). */
  pitfalls: z.array(idOf('pitfall')).default([]),
  /** Rubric items this entry satisfies or explains. */
  rubric: z.array(idOf('rubric-item')).default([]),
  /** Source documents the entry was built from (content/sources.yaml). */
  sources: z.array(sourceId).default([]),
  /** Pages of Go's own documentation it rests on; an entry not built from a source document needs at least one. */
  references: z.array(goReference).default([]),
  /** What was wrong in a source and is fixed here: one short line each. */
  corrections: z.array(z.object({
    /** The source document that had the error. */
    source: sourceId,
    /** What the source said and what is correct, in one line. */
    text: inline,
  })).default([]),
});

const patterns = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/patterns` }),
  schema: entry.extend({
    /** The oldest Go release the code runs on. */
    goVersion,
  }).superRefine(needsASource),
});

const pitfalls = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/pitfalls` }),
  schema: entry.extend({
    /** How bad the outcome is: critical = crash or corrupted data in production. */
    severity: z.enum(keys(SEVERITIES)),
    /** What the reader sees when it happens: a message, a hang, a growing graph. */
    symptom: inline,
    /** Go releases the mistake applies to; omitted bounds are open. */
    goVersions: z.object({
      /** First release where it applies. */
      since: goVersion.optional(),
      /** Last release where it applies (loop-variable capture: until 1.21). */
      until: goVersion.optional(),
    }).default({}),
    /** The tools that catch it, most direct first. */
    detection: z.array(z.object({
      /** Which kind of tool. */
      tool: z.enum(keys(DETECTORS)),
      /** The analyzer or check ID, e.g. "lostcancel" or "SA1029"; for the runtime and the go command, the message they print. */
      check: z.string().optional(),
      /** The command a reader runs. */
      command: z.string().optional(),
    })).min(1),
  }).superRefine(needsASource),
});

const rubric = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/rubric` }),
  schema: z.object({
    /** Phase number 0–4; the phase's ID is R<phase>. */
    phase: z.number().int().min(0).max(9),
    /** Short name, e.g. "Concurrency". */
    title: z.string().min(3),
    /** One sentence for lists and link previews. */
    summary: z.string().min(20).max(240),
    /** Why the phase exists. */
    purpose: inline,
    /** The phase's motto. */
    quote: z.object({
      /** The words. */
      text: z.string(),
      /** Who said them, when known. */
      author: z.string().optional(),
    }),
    /** When in a project to apply this phase. */
    when: inline,
    /** The checklist items, in order. */
    items: z.array(z.object({
      /** R<phase>.<n>; never reused once published. */
      id: z.string().regex(/^R\d\.\d+$/),
      /** The item as a short imperative. */
      title: z.string().min(3),
      /** What passing means, in one sentence (used in review comments). */
      summary: z.string().min(20).max(240),
      /** The concrete checks a reviewer makes. */
      criteria: z.array(inline).min(1),
      /** Mistakes commonly made against this item. */
      commonPitfalls: z.array(z.object({
        /** The mistake in a few words. */
        title: z.string(),
        /** Why it hurts. */
        text: inline,
        /** The pitfall page that explains it. */
        pitfall: idOf('pitfall').optional(),
      })).default([]),
      /** Advice beyond the criteria. */
      tips: z.array(inline).default([]),
      /** Patterns that satisfy this item. */
      patterns: z.array(idOf('pattern')).default([]),
      /** Pitfalls this item guards against. */
      pitfalls: z.array(idOf('pitfall')).default([]),
    })).min(1),
    /** Signs in code under review that the phase was skipped. */
    redFlags: z.array(z.object({
      /** RF<phase>.<n>; never reused once published. */
      id: z.string().regex(/^RF\d\.\d+$/),
      /** The sign, as a reviewer would spot it. */
      text: inline,
      /** The pitfall page that explains it. */
      pitfall: idOf('pitfall').optional(),
      /** The checklist item it breaks. */
      item: idOf('rubric-item').optional(),
    })).default([]),
    /** Source documents the phase was built from. */
    sources: z.array(sourceId).min(1),
    /** What was wrong in a source and is fixed here. */
    corrections: entry.shape.corrections,
  }).superRefine((phase, ctx) => {
    for (const [key, list, prefix] of [['items', phase.items, 'R'], ['redFlags', phase.redFlags, 'RF']] as const) {
      list.forEach((entry, i) => {
        if (!entry.id.startsWith(`${prefix}${phase.phase}.`)) {
          ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `${entry.id} does not belong to phase ${phase.phase}` });
        }
      });
    }
  }),
});

const sources = defineCollection({
  loader: file(`${CONTENT_DIR}/sources.yaml`, { parser: (text) => yamlEntries(text, 'content/sources.yaml') }),
  schema: z.object({
    /** The document's own title, or a description when it has none. */
    title: z.string(),
    /** The seed file it was repaired from. */
    seed: z.string(),
    /** What the document is, in a sentence. */
    description: z.string(),
  }),
});

const guide = defineCollection({
  loader: file(`${CONTENT_DIR}/rubric-guide.yaml`, { parser: (text) => yamlEntries(text, 'content/rubric-guide.yaml') }),
  schema: z.object({
    /** The rubric's motto. */
    principle: z.object({
      /** The words. */
      text: z.string(),
      /** Who said them, and where. */
      author: z.string(),
    }),
    /** How to use the rubric in each situation. */
    uses: z.array(z.object({
      /** The situation, e.g. "Code review". */
      when: z.string(),
      /** What to do then. */
      how: inline,
    })).min(1),
    /** How often to apply each phase. */
    frequency: z.array(z.object({
      /** The phase ID, e.g. "R2". */
      phase: idOf('rubric-phase'),
      /** When to apply it. */
      when: inline,
    })),
    /** Questions a reviewer asks of any Go change. */
    questions: z.array(inline),
    /** The closing advice. */
    remember: inline,
    /** What code that passes the rubric looks like. */
    success: z.array(inline),
    /** What was wrong in a source and is fixed here. */
    corrections: entry.shape.corrections,
  }),
});

export const collections = { patterns, pitfalls, rubric, sources, guide };
