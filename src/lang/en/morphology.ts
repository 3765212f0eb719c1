// English morphology for trigger matching: regular inflection by rule, irregular verbs
// from a small table. Generating a few impossible forms is harmless (they never occur);
// missing a real form loses an event, so the rules err on the generous side.
import { IRREGULAR_VERBS } from './irregular-verbs.js';

export interface EnVerbForm {
  form: string;
  lemma: string;
  kind: 'fin' | 'inf' | 'ing' | 'pa2';
  tense: 'pres' | 'past' | null;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const [a, b, c] = [w[n - 3], w[n - 2], w[n - 1]];
  return !VOWELS.has(a) && VOWELS.has(b) && !VOWELS.has(c) && !'wxy'.includes(c);
}

function thirdPerson(w: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

function pastForms(w: string): string[] {
  if (w.endsWith('e')) return [w + 'd'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ied'];
  const out = [w + 'ed'];
  if (isCvc(w)) out.push(w + w[w.length - 1] + 'ed');
  return out;
}

function ingForms(w: string): string[] {
  if (w.endsWith('ie')) return [w.slice(0, -2) + 'ying'];
  if (w.endsWith('ee') || w.endsWith('ye') || w.endsWith('oe')) return [w + 'ing'];
  if (w.endsWith('e')) return [w.slice(0, -1) + 'ing'];
  const out = [w + 'ing'];
  if (isCvc(w)) out.push(w + w[w.length - 1] + 'ing');
  return out;
}

/** All surface forms of a verb (lower case). Multi-word verbs ("hand over") inflect the first word. */
export function verbForms(lemma: string, irregular?: string[]): EnVerbForm[] {
  const [head, ...rest] = lemma.toLowerCase().split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const irr = irregular ?? IRREGULAR_VERBS[head];
  const past = irr ? [irr[0]] : pastForms(head);
  const pa2 = irr ? [irr[1] ?? irr[0]] : past;
  const out: EnVerbForm[] = [
    { form: head + tail, lemma, kind: 'inf', tense: 'pres' },
    { form: thirdPerson(head) + tail, lemma, kind: 'fin', tense: 'pres' },
  ];
  for (const f of past) out.push({ form: f + tail, lemma, kind: 'fin', tense: 'past' });
  for (const f of pa2) out.push({ form: f + tail, lemma, kind: 'pa2', tense: null });
  for (const f of ingForms(head)) out.push({ form: f + tail, lemma, kind: 'ing', tense: null });
  return out;
}

/** Singular and plural of a noun (lower case); compounds inflect the last word. */
export function nounForms(lemma: string): string[] {
  const w = lemma.toLowerCase();
  const forms = new Set([w]);
  if (/(s|sh|ch|x|z)$/.test(w)) forms.add(w + 'es');
  else if (/[^aeiou]y$/.test(w)) forms.add(w.slice(0, -1) + 'ies');
  else if (w.endsWith('man')) forms.add(w.slice(0, -3) + 'men');
  else forms.add(w + 's');
  return [...forms];
}
