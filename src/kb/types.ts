// The knowledge-base data model: what the JSON files under src/kb/ hold once loaded
// and merged. The recogniser compiles it into a lookup (src/extract/actors/lexicon.ts).
import type { ActorKind } from '../model/analysis.js';

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/** A CAMEO code valid between two inclusive ISO dates (either end open when absent). */
export interface DatedCode {
  code: string;
  from?: string;
  to?: string;
}

/** One way of writing an entity, with what it is grammatically. */
export type NameForm = 'name' | 'gen' | 'adj' | 'people' | 'abbr' | 'desc';

export interface NameVariant {
  text: string;
  /** null: valid in every language (abbreviations, persons, outlets). */
  lang: Lang | null;
  form: NameForm;
  /** The name needs context (Georgia, Jordan, Washington). */
  ambiguous?: Ambiguity;
  /** Matches only as written, diacritics included ("Libération" the paper, not "Liberation Tigers"). */
  exact?: boolean;
}

export type EntityType = 'country' | 'seat' | 'region' | 'igo' | 'group' | 'media' | 'person' | 'role' | 'block' | 'place' | 'ethnic';

/** Context that vetoes an ambiguous name ("George Washington", "Washington Post"). */
export interface Ambiguity {
  vetoPrev: string[];
  vetoNext: string[];
}

export interface Entity {
  /** Stable id, also the `rule` of mentions it yields (e.g. kb.country.RUS, kb.capital.moskau). */
  id: string;
  type: EntityType;
  /** Full CAMEO code; for roles the sector code (GOV, MIL) unless `fixed`. */
  code: string;
  /** Date-bounded codes (persons, groups, states that changed: Kosovo was Serbia's until 2008,
   *  places that changed state: Juba was Sudan's until July 2011); `code` is then the default outside every range. */
  codes?: DatedCode[];
  /** Canonical display name. */
  name: string;
  kind: ActorKind;
  names: NameVariant[];
  /** Roles: the role can introduce a named person ("Sprecher Matthew Miller"). */
  person?: boolean;
  /** Roles: German compounds ending in this noun take its sector ("Kremlsprecher"). */
  head?: boolean;
  /** Roles: the code is complete (Bundeswehr → DEUMIL), no owner composition. */
  fixed?: boolean;
  /** Seats: capital city (a location after "in") vs a building/institution. */
  seat?: 'capital' | 'seat';
  /** Places (gazetteer, kind `location`): a city or a region/province; `guarded` names from the
   *  generated gazetteer yield to a neighbouring capitalised name ("Jon Hamm", "Aleppo Citadel"). */
  place?: 'city' | 'region';
  guarded?: boolean;
  /** Where the entry came from (file of a user dictionary, for error messages and stats). */
  source?: string;
  desc?: string;
  /** Ethnic groups (src/kb/ethnic.json; a country whose people noun names one, or an `ethnic`
   *  entity): CAMEO codes of the states where the group lives as a community ("Iraqi Kurds" → IRQ). */
  lives?: string[];
}

export interface KnowledgeBase {
  entities: Entity[];
  /** Words allowed between an owner and its role ("der stellvertretende US-Außenminister"). */
  modifiers: Record<Lang, string[]>;
  /** German compound modifiers → owner code ("bundes" → DEU); '' = no owner. */
  compoundPrefixes: Record<string, string>;
  /** Gazetteer of populated places and regions (src/kb/places*.json): location mentions only,
   *  kept apart from `entities` so they never act as owners or parties. */
  places?: Entity[];
}
