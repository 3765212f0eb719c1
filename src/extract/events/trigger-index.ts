// The trigger index of a language pack: every surface form of every lexicon entry,
// built once per language, so that finding triggers is one Map lookup per token.
import type { TriggerEntry } from '../../lang/lexicon.js';
import type { LanguagePack, PackVerbForm } from '../../lang/pack.js';

export type HitKind = PackVerbForm['kind'] | 'noun' | 'adj' | 'phrase';

export interface TriggerHit {
  entry: TriggerEntry;
  kind: HitKind;
  mood: 'ind' | 'kj1' | 'kj2' | null;
  /** Detached particle that must appear later in the clause (German separable verbs). */
  particle: string | null;
}

/** A multi-word trigger: every word must occur in the clause near the anchor. */
export interface PhraseRule {
  entry: TriggerEntry;
  /** Accepted surface forms per word of the phrase; index `anchor` is the indexed word. */
  words: Array<ReadonlySet<string>>;
  anchor: number;
}

export interface TriggerIndex {
  single: Map<string, TriggerHit[]>;
  /** Noun forms usable as compound heads (German "Wirtschafts|sanktionen"). */
  heads: Set<string>;
  phrases: Map<string, PhraseRule[]>;
  /** Memo of compound analyses: norm → head form or null. Bounded. */
  compoundMemo: Map<string, string | null>;
}

const ADJ_ENDINGS_DE = ['', 'e', 'en', 'er', 'es', 'em'];

function add(map: Map<string, TriggerHit[]>, form: string, hit: TriggerHit): void {
  const list = map.get(form);
  if (!list) map.set(form, [hit]);
  else if (!list.some((h) => h.entry === hit.entry && h.kind === hit.kind && h.particle === hit.particle)) list.push(hit);
}

function wordForms(pack: LanguagePack, word: string): Set<string> {
  const forms = new Set<string>([word.toLowerCase()]);
  const isGermanNoun = pack.lang === 'de' && word[0] !== word[0].toLowerCase();
  if (isGermanNoun || pack.lang !== 'de') for (const f of pack.nounForms(word)) forms.add(f);
  if (!isGermanNoun && (pack.lang !== 'de' || /n$/.test(word))) {
    const entry = { id: '', lemma: word, pos: 'verb', cameo: '', source: [], target: [] } as TriggerEntry;
    // Detached forms of separable verbs too ("legten … ein" for "einlegen"): the phrase's other words make
    // a stray match unlikely.
    for (const f of pack.verbForms(entry)) forms.add(f.form);
  }
  return forms;
}

function indexPhrase(pack: LanguagePack, entry: TriggerEntry, phrases: Map<string, PhraseRule[]>): void {
  const parts = entry.lemma.split(/\s+/).filter(Boolean);
  const words = parts.map((w) => wordForms(pack, w));
  // Anchor on the longest word: the rarest in text, so the fewest rule checks.
  let anchor = 0;
  parts.forEach((w, i) => { if (w.length > parts[anchor].length) anchor = i; });
  const rule: PhraseRule = { entry, words, anchor };
  for (const f of words[anchor]) {
    const list = phrases.get(f);
    if (list) list.push(rule); else phrases.set(f, [rule]);
  }
}

export function buildTriggerIndex(pack: LanguagePack): TriggerIndex {
  const single = new Map<string, TriggerHit[]>();
  const phrases = new Map<string, PhraseRule[]>();
  const heads = new Set<string>();
  for (const entry of pack.triggers) {
    if (entry.pos === 'phrase' || /\s/.test(entry.lemma)) {
      indexPhrase(pack, entry, phrases);
    } else if (entry.pos === 'verb') {
      for (const f of pack.verbForms(entry)) add(single, f.form, { entry, kind: f.kind, mood: f.mood, particle: f.particle });
    } else if (entry.pos === 'noun') {
      for (const f of pack.nounForms(entry.lemma)) {
        add(single, f, { entry, kind: 'noun', mood: null, particle: null });
        if (entry.compound !== false && pack.compoundHead && f.length >= 4) heads.add(f);
      }
    } else {
      const base = entry.lemma.toLowerCase();
      const endings = pack.lang === 'de' ? ADJ_ENDINGS_DE : [''];
      for (const e of endings) add(single, base + e, { entry, kind: 'adj', mood: null, particle: null });
    }
  }
  return { single, heads, phrases, compoundMemo: new Map() };
}

/** Noun hits for a German compound whose head is a known trigger noun ("wirtschaftssanktionen" → sanktionen). */
export function compoundHits(pack: LanguagePack, index: TriggerIndex, norm: string): TriggerHit[] | undefined {
  if (!pack.compoundHead || norm.length < 7) return undefined;
  let head = index.compoundMemo.get(norm);
  if (head === undefined) {
    head = pack.compoundHead(norm, index.heads);
    if (index.compoundMemo.size > 200_000) index.compoundMemo.clear();
    index.compoundMemo.set(norm, head);
  }
  if (!head) return undefined;
  return index.single.get(head)?.filter((h) => h.kind === 'noun' && h.entry.compound !== false);
}
