// Compiles the knowledge base into the recogniser's lookup: a trie keyed by part keys
// (built once), a German compound-head index ("…minister", "…sprecher") and the small
// word sets the composition rules consult. Nothing here runs per document.
import { tokenize } from '../../text/segment.js';
import type { Ambiguity, Entity, KnowledgeBase, Lang, NameForm } from '../../kb/types.js';
import { partKey } from '../../kb/normalize.js';
import { splitParts } from './parts.js';

export interface LexEntry {
  entity: Entity;
  form: NameForm;
  lang: Lang | null;
  /** Per part: 2 must be all caps, 1 must be capitalised, 0 any case. */
  caseReq: Uint8Array;
  ambiguous?: { vetoPrev: Set<string>; vetoNext: Set<string> };
  /** Priority among entries of the same span (higher wins). */
  rank: number;
  /** Per part: the text as it must be written (diacritics included), for `exact` names. */
  exact?: string[];
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: LexEntry[] | null;
}

export interface Lexicon {
  root: Map<string, TrieNode>;
  /** German compound heads: inflected single-word role forms → role entity. */
  heads: Map<string, Entity>;
  /** The last three letters of every head (a cheap first test for words that cannot end in one). */
  headEndings: Set<string>;
  /** Single-part owner names usable as compound modifiers ("kreml", "nato", "russland"). */
  prefixes: Map<string, { code: string; entity: Entity | null }>;
  modifiers: Record<Lang, Set<string>>;
  /** entity id → keys of its definite descriptions ("allianz"). */
  descKeys: Map<string, string[]>;
  entities: Map<string, Entity>;
  /** Surname key (last word of a person's name) → the people who bear it: "President Bush" without a first name. */
  surnames: Map<string, Entity[]>;
  kb: KnowledgeBase;
}

// Places rank lowest: any other entry of the same span (a country, capital, person, role) wins.
const RANK: Record<string, number> = { block: 9, igo: 7, group: 7, media: 7, person: 6, seat: 5, country: 4, ethnic: 4, region: 3, role: 2, place: 1 };

function reqOf(text: string): number {
  if (/^[A-Z][A-Z.]+$/.test(text) && text.replace(/\./g, '').length >= 2) return 2;
  const c = text.charAt(0);
  return c !== c.toLowerCase() ? 1 : 0;
}

function toSets(a: Ambiguity | undefined): LexEntry['ambiguous'] {
  if (!a) return undefined;
  return { vetoPrev: new Set(a.vetoPrev.map(partKey)), vetoNext: new Set(a.vetoNext.map(partKey)) };
}

/** Part keys of a name, tokenised exactly like text. */
export function nameParts(name: string): { keys: string[]; texts: string[] } {
  const parts = splitParts(tokenize(name));
  return { keys: parts.map((p) => p.key), texts: parts.map((p) => p.text) };
}

function insert(root: Map<string, TrieNode>, keys: string[], entry: LexEntry): void {
  let map = root;
  let node: TrieNode | null = null;
  for (let i = 0; i < keys.length; i++) {
    let n = map.get(keys[i]);
    if (!n) { n = { next: null, entries: null }; map.set(keys[i], n); }
    node = n;
    if (i < keys.length - 1) map = n.next ??= new Map();
  }
  if (node) (node.entries ??= []).push(entry);
}

/** Countries whose names put the family name first. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM', 'SGP', 'KHM']);

export function compileLexicon(kb: KnowledgeBase): Lexicon {
  const root = new Map<string, TrieNode>();
  const heads = new Map<string, Entity>();
  const prefixes = new Map<string, { code: string; entity: Entity | null }>();
  const descKeys = new Map<string, string[]>();
  const entities = new Map<string, Entity>();
  const surnames = new Map<string, Entity[]>();
  for (const e of kb.entities) {
    entities.set(e.id, e);
    for (const v of e.names) {
      const { keys, texts } = nameParts(v.text);
      if (keys.length === 0) continue;
      if (e.type === 'person' && keys.length >= 2 && v.form === 'name') {
        // Chinese, Korean and Vietnamese names put the family name first ("Kim Jong Un", "Xi Jinping").
        const family = FAMILY_NAME_FIRST.has(e.code.slice(0, 3)) ? [keys[0], keys[keys.length - 1]] : [keys[keys.length - 1]];
        for (const k of family) {
          const list = surnames.get(k);
          if (!list) surnames.set(k, [e]); else if (!list.includes(e)) list.push(e);
        }
      }
      const caseReq = Uint8Array.from(texts.map(reqOf));
      insert(root, keys, { entity: e, form: v.form, lang: v.lang, caseReq, ambiguous: toSets(v.ambiguous), rank: (RANK[e.type] ?? 0) + (e.fixed ? 0.5 : 0) + (e.source && e.source !== 'src/kb/people' ? 20 : 0), ...(v.exact ? { exact: texts } : {}) });
      if (v.form === 'desc') {
        const list = descKeys.get(e.id) ?? [];
        list.push(keys.join(' '));
        descKeys.set(e.id, list);
      }
      if (e.type === 'role' && e.head && v.lang === 'de' && keys.length === 1 && keys[0].length >= 4) heads.set(keys[0], e);
      if (keys.length === 1 && v.form !== 'desc' && v.form !== 'adj' && v.form !== 'people' && v.form !== 'gen'
        && (e.type === 'country' || e.type === 'seat' || e.type === 'igo' || e.type === 'group') && !prefixes.has(keys[0])) {
        prefixes.set(keys[0], { code: e.code, entity: e });
      }
    }
  }
  // The gazetteer: looked up like every other name, never an owner or compound prefix.
  for (const e of kb.places ?? []) {
    entities.set(e.id, e);
    for (const v of e.names) {
      const { keys, texts } = nameParts(v.text);
      if (keys.length === 0) continue;
      insert(root, keys, { entity: e, form: v.form, lang: v.lang, caseReq: Uint8Array.from(texts.map(reqOf)), rank: RANK.place });
    }
  }
  for (const [k, code] of Object.entries(kb.compoundPrefixes)) prefixes.set(partKey(k), { code, entity: prefixes.get(partKey(k))?.entity ?? null });
  const headEndings = new Set([...heads.keys()].map((k) => k.slice(-3)));
  const modifiers = { de: new Set(kb.modifiers.de.map(partKey)), en: new Set(kb.modifiers.en.map(partKey)) };
  return { root, heads, headEndings, prefixes, modifiers, descKeys, entities, surnames, kb };
}
