// Types of the language-pack data files. One JSON file per kind and language,
// found by convention: src/lang/<lang>/<kind>.json (see docs/lexicon-format.md).

/**
 * Where an event argument (source or target) comes from, relative to the trigger.
 * - `subj`   the grammatical subject of the trigger's clause (nominative; English: before the verb)
 * - `obj`    the object: accusative/dative actor (English: first actor after the verb)
 * - `poss`   possessor before a noun: "Pekings Hilfe", "Russia's support", "seine Reise"
 * - `gen`    genitive/of-phrase after a noun: "Hilfe Chinas", "the visit of Putin"
 * - `agent`  "von X"/"durch X"/"by X" (passives, nominalisations)
 * - `pp:<preposition>`  a prepositional phrase: "pp:gegen", "pp:nach", "pp:with", "pp:against"
 * - `between` the first actor of "zwischen X und Y" / "between X and Y" (the other fills the target)
 * - `context` the nearest plausible actor of the surrounding sentence (low confidence)
 * - `speaker` whoever says the clause holding the trigger ("erklärte, dass … ein Zeichen der Schwäche sei")
 */
export type Slot = string;

/** The slot names other than `pp:<preposition>`. */
export const SLOT_NAMES: readonly string[] = ['subj', 'obj', 'poss', 'gen', 'agent', 'between', 'context', 'speaker'];

/** Status given to events inside a trigger's complement ("vorwerfen, verkauft zu haben" → alleged). */
export type EmbedStatus = 'alleged' | 'hypothetical' | 'future' | 'negated' | 'question';

export interface TriggerEntry {
  /** Stable id, `<lang>.<pos>.<lemma>[.<sense>]`, e.g. `de.verb.vorwerfen`, `en.noun.airstrike`. */
  id: string;
  /** Verb: infinitive (German separable verbs joined: "vorwerfen"); noun: nominative singular; phrase: space-separated lemmas. */
  lemma: string;
  pos: 'verb' | 'noun' | 'phrase' | 'adj';
  /** CAMEO event code, at the finest level the words allow. */
  cameo: string;
  /** Slots to fill the source from, in order of preference. */
  source: Slot[];
  /** Slots to fill the target from, in order of preference. Empty: no target. */
  target: Slot[];
  /**
   * Refinements: if one of `near` occurs in the clause, use `cameo` instead. A word matches a token it equals
   * or starts (five letters or more: occurs in); a final "$" ("fund$") matches only the whole token.
   */
  when?: Array<{ near: string[]; cameo: string }>;
  /** The trigger counts only if one of these lemmas/prefixes occurs in the clause ("liefern" needs goods). */
  requires?: string[];
  /** Nouns: also match as the head of a compound (Wirtschafts|sanktionen). Default true for nouns. */
  compound?: boolean;
  /** Status of events in the trigger's complement clause or object (accuse → alleged, fear → hypothetical). */
  embeds?: EmbedStatus;
  /**
   * Who acts in the trigger's non-finite complement ("accuse X of supplying", "vorwerfen, verkauft zu haben"):
   * `obj` (object control: accusations) or `subj` (subject control: "versuchen, … aufrechtzuerhalten"). Default `subj`.
   */
  control?: 'subj' | 'obj';
  /** A reporting verb/noun: makes an attribution and a statement event. */
  speech?: boolean;
  /** English verbs with irregular forms: past, past participle (e.g. ["fought","fought"]). */
  irregular?: string[];
  note?: string;
}
