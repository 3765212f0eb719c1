// A language pack: the trigger lexicon, the clause/status cues and the few
// morphology hooks that truly differ between languages. Data is found by
// convention (src/lang/<lang>/triggers-*.json, cues.json); code hooks are the
// language's morphology module.
import { readdirSync } from 'node:fs';
import type { Status } from '../model/analysis.js';
import type { TriggerEntry } from './lexicon.js';
import { dataPath, loadJson } from '../util/data.js';
import * as de from './de/morphology.js';
import * as en from './en/morphology.js';

export interface StatusCue {
  id: string;
  words: string[];
  status: Status;
  /** `clause`: triggers of the same clause; `next-noun`: the next noun trigger within 3 tokens; `sentence`: the whole sentence. */
  scope: 'clause' | 'next-noun' | 'sentence';
  /**
   * Alternative readings, tried in order: `perfect-infinitive` (participle + haben/sein: "soll geliefert haben" → alleged),
   * `passive` (werden + participle and no infinitive: "wird angegriffen" is not a future; status `asserted` = cue void).
   */
  alt?: Array<{ when: 'perfect-infinitive' | 'passive'; status: Status }>;
}

export interface Cues {
  subordinators: string[];
  relativePronouns: string[];
  coordinators: string[];
  /** Surface preposition (incl. contractions "zum", "im") → canonical preposition used in `pp:<prep>` slots. */
  prepositions: Record<string, string>;
  statusCues: StatusCue[];
  /** Personal pronouns that may stand for an actor (resolved to the last named one). */
  pronouns: Record<string, string>;
  determiners: string[];
  /** Modals that turn reported content into a demand ("Russia said Sudan must return …" → 10x). */
  demandModals?: string[];
  /**
   * Words (prefixes, as in `requires`) that mark a sentence about a game: there, bare country names are teams,
   * so events between plain states ("Brazil struck twice to sink Serbia") are dropped. Score tokens (2-1) count too.
   */
  sportsMarkers?: { note?: string; words: string[] };
}

export interface PackVerbForm {
  form: string;
  kind: 'fin' | 'inf' | 'zuinf' | 'pa1' | 'pa2' | 'imp' | 'ing';
  mood: 'ind' | 'kj1' | 'kj2' | null;
  /** Detached particle this finite form needs in the clause (German separable verbs). */
  particle: string | null;
}

export interface LanguagePack {
  lang: string;
  triggers: TriggerEntry[];
  cues: Cues;
  verbForms(entry: TriggerEntry): PackVerbForm[];
  nounForms(lemma: string): string[];
  /** German: the known head at the end of a compound noun; null where the language has none. */
  compoundHead: ((norm: string, heads: ReadonlySet<string>) => string | null) | null;
  /** Whether the token can be a finite verb (clause structure: verb-final relative clauses). */
  maybeFiniteVerb(norm: string): boolean;
}

/** The trigger lexicon files of a language (src/lang/<lang>/triggers*.json, relative to the package root), in load order. */
export function triggerFiles(lang: string): string[] {
  const dir = dataPath(`src/lang/${lang}`);
  return readdirSync(dir).filter((f) => /^triggers.*\.json$/.test(f)).sort().map((f) => `src/lang/${lang}/${f}`);
}

function loadTriggers(lang: string): TriggerEntry[] {
  return triggerFiles(lang).flatMap((f) => loadJson<TriggerEntry[]>(f));
}

function germanPack(): LanguagePack {
  return {
    lang: 'de',
    triggers: loadTriggers('de'),
    cues: loadJson<Cues>('src/lang/de/cues.json'),
    verbForms: (e) => de.verbForms(e.lemma).map((f) => ({ form: f.form, kind: f.kind, mood: f.mood, particle: f.particle })),
    nounForms: (l) => de.nounForms(l),
    compoundHead: (n, heads) => de.compoundHead(n, heads),
    maybeFiniteVerb: (n) => de.lookupVerb(n).some((v) => v.kind === 'fin'),
  };
}

function englishPack(): LanguagePack {
  return {
    lang: 'en',
    triggers: loadTriggers('en'),
    cues: loadJson<Cues>('src/lang/en/cues.json'),
    verbForms: (e) => en.verbForms(e.lemma, e.irregular).map((f) => ({ form: f.form, kind: f.kind, mood: null, particle: null })),
    nounForms: (l) => en.nounForms(l),
    compoundHead: null,
    maybeFiniteVerb: () => true,
  };
}

const FACTORIES: Record<string, () => LanguagePack> = { de: germanPack, en: englishPack };
const packs = new Map<string, LanguagePack | null>();
const builtin = new WeakSet<LanguagePack>();

/** The pack for a language, loaded once; null for languages without one (no events coded). */
export function getPack(lang: string): LanguagePack | null {
  if (!packs.has(lang)) {
    const pack = FACTORIES[lang]?.() ?? null;
    if (pack) builtin.add(pack);
    packs.set(lang, pack);
  }
  return packs.get(lang) ?? null;
}

/**
 * Whether `pack` is the one getPack() made from the package's own files (what the build prebuilds
 * the trigger index of), not one assembled elsewhere.
 */
export function isBuiltinPack(pack: LanguagePack): boolean {
  return builtin.has(pack);
}
