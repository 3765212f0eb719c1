// Word sets derived from the whole entity list that the analysis consults: the three-letter codes of the
// countries, the English adjective forms of states and groups. Computing them reads every entity and
// every name; the prebuilt knowledge base (src/kb/prebuilt.ts) stores them, so that a fresh thread can
// answer from them without decoding the entities (it decodes an entity when the text names it).
// One set per knowledge-base object, made on first use.
import type { Entity, KnowledgeBase } from './types.js';

export interface DerivedSets {
  /** Codes of `country` entities that are three letters (a state, not a sub-national code). */
  countryCodes: ReadonlySet<string>;
  /**
   * Lower-cased one-word English (or language-neutral) adjective forms ("israeli"), and the names of
   * groups that read as adjectives ("houthi", "pakistani").
   */
  englishDemonyms: ReadonlySet<string>;
}

const sets = new WeakMap<KnowledgeBase, DerivedSets>();

const GROUP_ADJECTIVE = /(i|ian|ese|ish)$/;

/** The sets computed from the entities. */
export function deriveSets(entities: readonly Entity[]): DerivedSets {
  const countryCodes = new Set<string>();
  const englishDemonyms = new Set<string>();
  for (const e of entities) {
    if (e.type === 'country' && e.code.length === 3) countryCodes.add(e.code);
    for (const v of e.names) {
      if ((v.lang !== 'en' && v.lang !== null) || v.text.includes(' ')) continue;
      if (v.form === 'adj' || (e.type === 'group' && GROUP_ADJECTIVE.test(v.text))) englishDemonyms.add(v.text.toLowerCase());
    }
  }
  return { countryCodes, englishDemonyms };
}

/** The sets of `kb`: the ones it was read with, else computed from its entities (once per object). */
export function derivedSets(kb: KnowledgeBase): DerivedSets {
  let d = sets.get(kb);
  if (!d) sets.set(kb, (d = deriveSets(kb.entities)));
  return d;
}

/** Whether `code` is the code of a state of the knowledge base ("RUS"; not "RUSGOV"). */
export function isCountryCode(kb: KnowledgeBase, code: string): boolean {
  return derivedSets(kb).countryCodes.has(code);
}

/** Whether the lower-cased word is an English adjective of a state or group of the knowledge base ("israeli"). */
export function isEnglishDemonym(kb: KnowledgeBase, lower: string): boolean {
  return derivedSets(kb).englishDemonyms.has(lower);
}

/** The sets as stored in the prebuilt file. */
export function storeSets(d: DerivedSets): [string[], string[]] {
  return [[...d.countryCodes], [...d.englishDemonyms]];
}

/** Attaches the stored sets to the knowledge base read with them. */
export function restoreSets(kb: KnowledgeBase, stored: [string[], string[]]): void {
  sets.set(kb, { countryCodes: new Set(stored[0]), englishDemonyms: new Set(stored[1]) });
}
