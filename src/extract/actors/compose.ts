// Step 2 of the recogniser: turns the atoms of a sentence into actor mentions.
// Rules, in order (each names itself in the mention's `rule`):
//   owner + role   "russische Truppen", "US-Außenministerium", "Russia's army"  → rule.role+country / +igo / +group
//   role + owner   "Sprecher des US-Außenministeriums", "Außenminister Russlands" → rule.role+of+owner
//   role + person  "NATO-Generalsekretär Jens Stoltenberg" → the person (KB code); "US-Außenminister Antony Blinken" → rule.role+name
//   apposition     "Bonnie Jenkins, US-Staatssekretärin …" → rule.name+role (the role stays a mention too)
//   surname        a later "Campbell" → the person introduced before (rule.person.surname)
//   description    "die Allianz" → the last entity with that description (rule.definite-description)
import type { ActorKind, ActorMention } from '../../model/analysis.js';
import { resolveDatedCode } from '../../kb/people.js';
import type { Entity, EntityType, NameForm } from '../../kb/types.js';
import type { Atom } from './match.js';
import { nameParts, type Lexicon } from './lexicon.js';
import type { Part } from './parts.js';
import { APPOSITION_ARTICLES, DETERMINERS, NOT_NAME, OWNER_LINKS, PLACE_NEIGHBOURS, PORTFOLIO, TITLES, isGermanAdjective } from './words.js';
import { remember } from '../../util/word-memo.js';

/** Words that mark a people noun as an ethnic group ("ethnic Albanians", "ethnische Albaner"). */
const ETHNIC_CUES = new Set(['ethnic', 'ethnische', 'ethnischen', 'ethnischer']);
/** "anti-Syria", "pro-Russian": the state is a stance, not the owner. */
const STANCE_PREFIXES = new Set(['anti', 'pro']);
/** Capitalised nouns that make a preceding state or region name part of a facility or company name. */
const FACILITY_NOUNS = new Set(['bridge', 'street', 'square', 'avenue', 'road', 'airport', 'stadium', 'hotel', 'park', 'tower', 'gate',
  'cup', 'prize', 'open', 'telecom', 'air', 'airlines', 'airways', 'railways', 'rail', 'express', 'today', 'day',
  'brucke', 'strasse', 'platz', 'allee', 'flughafen', 'stadion', 'pokal', 'preis']);
/** Sectors whose people belong to the state of the city or region they are in ("police in Basra"). */
const LOCAL_SECTORS = new Set(['GOV', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'CVL', 'EDU', 'LAB', 'AGR', 'HLH', 'REL', 'BUS', 'CRM', 'MED']);
/** Prepositions that place something in a state or place. */
const LOCATIVE = new Set(['in', 'im', 'throughout', 'across']);

export interface PersonRef { code: string; name: string; rule: string; first: string | null }

/** What a document remembers across sentences. */
export interface DocState {
  date: string | null;
  lang: string;
  surnames: Map<string, PersonRef>;
  descs: Map<string, { code: string; name: string; kind: ActorKind }>;
  /** Entity id (person, or any entity with dated codes) → code on the document date (resolved once per document). */
  personCodes: Map<string, string>;
  /** Names already registered for surname linking. */
  remembered: Set<string>;
}

export function newDocState(date: string | null, lang: string): DocState {
  return { date, lang, surnames: new Map(), descs: new Map(), personCodes: new Map(), remembered: new Set() };
}

interface Unit {
  p0: number;
  p1: number;
  code: string;
  name: string;
  kind: ActorKind;
  rule: string;
  type: EntityType | 'composite';
  form: NameForm;
  entity: Entity | null;
  /** Entity whose definite descriptions this unit makes available ("NATO" → "die Allianz"). */
  antecedent: Entity | null;
  sector?: string;
  person: boolean;
  owner: boolean;
  possessive: boolean;
  drop?: boolean;
  /** A capital right after "in": a place unless a role claims it ("die Regierung in Kiew"). */
  place?: boolean;
}

/** Texts (or keys) of parts[p0, p1) joined by spaces. */
function joinParts(parts: Part[], p0: number, p1: number, keys: boolean): string {
  let s = '';
  for (let k = p0; k < p1; k++) {
    if (k > p0) s += ' ';
    s += keys ? parts[k].key : parts[k].text;
  }
  return s;
}

/**
 * Part keys with a letter of a person's name, memoised per name: tokenising the name again for every
 * mention cost more than the rest of the surname bookkeeping. Cleared when full.
 */
const NAME_KEYS = new Map<string, string[]>();

function nameKeys(name: string): string[] {
  let keys = NAME_KEYS.get(name);
  if (keys === undefined) {
    keys = remember(NAME_KEYS, name, nameParts(name).keys.filter((k) => /\p{L}/u.test(k)), 20_000);
  }
  return keys;
}

/** Drops the units marked `drop`, in place and in order. */
function compact(units: Unit[]): void {
  let n = 0;
  for (let r = 0; r < units.length; r++) if (!units[r].drop) units[n++] = units[r];
  units.length = n;
}

/** Mention order: by start, the longer first. */
function byPosition(x: Unit, y: Unit): number {
  return x.p0 - y.p0 || y.p1 - x.p1;
}

function isSorted(units: Unit[]): boolean {
  for (let r = 1; r < units.length; r++) if (byPosition(units[r - 1], units[r]) > 0) return false;
  return true;
}

const KIND_OF: Record<string, ActorKind> = { country: 'state', seat: 'government', igo: 'igo', region: 'region', media: 'media', group: 'group', person: 'person', place: 'location', ethnic: 'group' };

function combine(owner: Unit, sector: string): string {
  const t = owner.type;
  if (t === 'igo' || t === 'group' || owner.code.startsWith('IGO') || owner.code.startsWith('NGO')) return owner.code;
  if (t === 'region') return owner.code + sector;
  if (!sector) return owner.code;
  return owner.code.slice(0, 3) + sector;
}

/** Role + owner where the owner already has a sector ("Sprecher der Armee" → the army's code). */
function inherit(role: Unit, owner: Unit): string {
  const sector = role.sector ?? '';
  if (owner.type === 'igo' || owner.type === 'group' || owner.code.startsWith('IGO')) return owner.code;
  if (owner.code.length > 3 && owner.type !== 'region' && (sector === 'GOV' || sector === '')) return owner.code;
  return combine(owner, sector);
}

function ownerRule(o: Unit): string {
  if (o.type === 'igo') return 'rule.role+igo';
  if (o.type === 'group') return 'rule.role+group';
  if (o.type === 'region') return 'rule.role+region';
  return 'rule.role+country';
}

/** Every unit has the same shape (keeps the hot path monomorphic). */
function makeUnit(p0: number, p1: number, code: string, name: string, kind: ActorKind, rule: string, type: Unit['type'], form: NameForm,
  entity: Entity | null, possessive: boolean, person: boolean, owner: boolean, sector: string | undefined): Unit {
  return { p0, p1, code, name, kind, rule, type, form, entity, antecedent: entity, sector, person, owner, possessive, drop: false, place: false };
}

function unitFromAtom(a: Atom, state: DocState): Unit | null {
  const e = a.entry.entity;
  switch (e.type) {
    case 'block':
      return null;
    case 'person': {
      let code = state.personCodes.get(e.id);
      if (code === undefined) {
        code = e.codes ? resolveDatedCode(e.codes, state.date, e.code || undefined) : e.code;
        state.personCodes.set(e.id, code);
      }
      return makeUnit(a.p0, a.p1, code, e.name, 'person', e.id, 'person', a.entry.form, e, a.possessive, false, false, undefined);
    }
    case 'role': {
      if (e.fixed) return makeUnit(a.p0, a.p1, e.code, e.name, e.kind, e.id, 'role', a.entry.form, e, a.possessive, !!e.person, true, e.code.slice(3));
      if (a.compoundOwner) {
        const owner = makeUnit(a.p0, a.p1, a.compoundOwner, '', 'state', '', a.compoundOwner.startsWith('IGO') ? 'igo' : 'country', 'name', null, false, false, true, undefined);
        return makeUnit(a.p0, a.p1, combine(owner, e.code), e.name, 'role', ownerRule(owner), 'composite', a.entry.form, e, a.possessive, !!e.person, true, e.code);
      }
      return makeUnit(a.p0, a.p1, e.code, e.name, 'role', e.id, 'role', a.entry.form, e, a.possessive, !!e.person, false, e.code);
    }
    default: {
      // States, groups and places whose code changed over time (Kosovo, the SPLA, Juba) resolve against the document date.
      let code = e.code;
      if (e.codes) {
        code = state.personCodes.get(e.id) ?? resolveDatedCode(e.codes, state.date, e.code || undefined);
        state.personCodes.set(e.id, code);
      }
      return makeUnit(a.p0, a.p1, code, e.name, e.kind ?? KIND_OF[e.type] ?? 'other', e.id, e.type, a.entry.form, e, a.possessive, false, e.type !== 'media' && e.type !== 'place', undefined);
    }
  }
}

export class SentenceComposer {
  /** Per part: 1 when an atom or a name already covers it (one array per document, reset per sentence). */
  private covered: number[] = [];
  /** The parts of the sentence being composed (set by mentions()). */
  private parts: Part[] = [];
  /** One composer serves every sentence of a document: mentions() resets it. */
  constructor(private lex: Lexicon, private state: DocState) {}

  private isNamePart(i: number): boolean {
    const p = this.parts[i];
    return !!p && p.isWord && p.cls >= 1 && this.covered[i] === 0 && !p.digit && !NOT_NAME.has(p.key);
  }

  /** A run of 1..3 capitalised unknown words starting at i (none when longer: a noun phrase, not a name). */
  private nameRunFrom(i: number): [number, number] | null {
    let j = i;
    while (j < this.parts.length && j - i < 4 && this.isNamePart(j) && (j === i || !this.parts[j].joinPrev || true)) j++;
    if (j === i || j - i > 3) return null;
    return [i, j];
  }

  /** A run of 2..3 capitalised unknown words ending just before `end`. */
  private nameRunBefore(end: number): [number, number] | null {
    let i = end;
    while (i > 0 && end - i < 4 && this.isNamePart(i - 1)) i--;
    if (end - i > 3) i = end - 3;
    if (end - i < 2) return null;
    return [i, end];
  }

  private isModifier(i: number): boolean {
    const p = this.parts[i];
    if (!p || !p.isWord || this.covered[i]) return false;
    const lang = this.state.lang === 'de' ? 'de' : 'en';
    return this.lex.modifiers[lang].has(p.key) || (lang === 'de' && isGermanAdjective(p.key, p.cls));
  }

  /**
   * "President Bush", "Chancellor Kohl": a title with a bare surname names a person of the knowledge base when
   * everyone of that surname there belongs to one country (at the document date). The person's own code if they
   * agree on it, else that country with the title's sector; several countries ("Kim", "Khan"): no guess.
   */
  private bySurname(key: string, sector: string): string | null {
    const people = this.lex.surnames.get(key);
    if (!people || !/^[A-Z]{3}$/.test(sector)) return null;
    let country: string | null = null;
    let code: string | null = null;
    for (const e of people) {
      const c = this.state.personCodes.get(e.id) ?? (e.codes ? resolveDatedCode(e.codes, this.state.date, e.code || undefined) : e.code);
      if (!c || !/^[A-Z]{3}/.test(c) || c.startsWith('IGO') || c.startsWith('NGO')) return null;
      if (country && c.slice(0, 3) !== country) return null;
      country = c.slice(0, 3);
      code = code === null || code === c ? c : country + sector;
    }
    return code;
  }

  private personUnit(p0: number, p1: number, code: string, rule: string): Unit {
    // makeUnit: the same hidden class as every other unit.
    return makeUnit(p0, p1, code, joinParts(this.parts, p0, p1, false), 'person', rule, 'person', 'name', null, false, false, false, undefined);
  }

  private remember(name: string, code: string, rule: string): void {
    const seen = `${name}\u0000${code}`;
    if (this.state.remembered.has(seen)) return;
    this.state.remembered.add(seen);
    const keys = nameKeys(name);
    if (keys.length === 0) return;
    const last = keys[keys.length - 1];
    const ref: PersonRef = { code, name, rule, first: keys.length > 1 ? keys[0] : null };
    for (const k of [last, last + 's']) if (!this.state.surnames.has(k) || this.state.surnames.get(k)!.name !== name) this.state.surnames.set(k, ref);
  }

  private vetoAmbiguous(a: Atom): boolean {
    const amb = a.entry.ambiguous;
    const prev = this.parts[a.p0 - 1];
    const next = this.parts[a.p1];
    if (!amb) return false;
    if (prev && amb.vetoPrev.has(prev.key)) return true;
    // "Atlanta, Georgia": look past a comma.
    if (prev?.text === ',' && this.parts[a.p0 - 2] && amb.vetoPrev.has(this.parts[a.p0 - 2].key)) return true;
    if (next && amb.vetoNext.has(next.key)) return true;
    // A neighbouring capitalised unknown word makes it part of a person's name ("George Washington", "Chad Smith").
    if (prev && this.isNamePart(a.p0 - 1) && !prev.joinPrev && a.p0 - 1 > 0) return true;
    if (this.state.lang !== 'de' && next && this.isNamePart(a.p1)) return true;
    return false;
  }

  /**
   * A generated place (guarded) inside a longer unknown name is no place: "Jon Hamm", "Aleppo
   * Citadel" (English, either side), "Frau Kasan" (German, before it; German capitalises every
   * noun, so only the word before counts, and not before a genitive: "Bewohner Kasans").
   * Place nouns and compass words are fine neighbours ("die Stadt Kasan", "Kherson Oblast").
   */
  private vetoPlace(a: Atom): boolean {
    // "Frau Kassel", "Mr. Houston": a title makes it a person whatever the gazetteer says.
    const title = this.parts[a.p0 - 1];
    if (title && TITLES.has(title.key)) return true;
    if (!a.entry.entity.guarded) return false;
    const en = this.state.lang !== 'de';
    const k = a.p0 - 1;
    const prev = this.parts[k];
    if (prev && prev.isWord && !this.parts[a.p0].joinPrev && this.isNamePart(k) && !PLACE_NEIGHBOURS.has(prev.key)
      && (en ? true : k > 0 && a.entry.form !== 'gen')) return true;
    const next = this.parts[a.p1];
    if (en && next && !next.joinPrev && this.isNamePart(a.p1) && !PLACE_NEIGHBOURS.has(next.key)) return true;
    return false;
  }

  /**
   * Ethnic groups are coded by the state where they live (CAMEO; docs/actors.md "Ethnic groups"):
   *  1. a state qualifier where the group lives wins: "Iraqi Kurds" → IRQ, "Bosnian Serb leaders" → BIH,
   *     "Turkish Cypriots" → CYP (the group adjective qualifies the nation it lives in);
   *  2. otherwise "in <state or place>" in the same sentence moves the group there when it lives there —
   *     for groups without a state of their own always, for a kin-state group ("Albanians") only when the
   *     text marks it as a group ("ethnic Albanians", "the Albanian population"): "Albanian rebels in
   *     Macedonia" stay ALBREB, as CAMEO dictionaries code the adjective. Refugees keep their origin.
   */
  private ethnicGroups(units: Unit[]): void {
    const parts = this.parts;
    for (let r = 1; r < units.length; r++) {
      const a = units[r - 1];
      const b = units[r];
      if (a.drop || b.p0 !== a.p1 || !a.entity || !b.entity || parts[b.p0].joinPrev) continue;
      if (b.form !== 'people' && b.form !== 'adj') continue;
      // An adjective pair qualifies only a role or people noun after it ("Bosnian Serb forces", not "Greek Albanian talks").
      const after = units[r + 1];
      if (b.form === 'adj' && !(after && after.type === 'role' && after.p0 - b.p1 <= 2)) continue;
      let code = '';
      if (a.type === 'country' && (a.form === 'adj' || a.form === 'name' || a.possessive) && b.entity.lives?.includes(a.code.slice(0, 3))) code = a.code;
      else if (a.form === 'adj' && b.type === 'country' && b.form === 'people' && a.entity.lives?.includes(b.code.slice(0, 3))) code = b.code;
      if (!code) continue;
      units[r] = { ...b, p0: a.p0, code, type: 'country', kind: 'state', name: `${a.name} ${b.name}`, rule: 'rule.ethnic+country', antecedent: null, entity: null };
      a.drop = true;
    }
    for (let r = 0; r < units.length; r++) {
      const u = units[r];
      const lives = u.entity?.lives;
      if (u.drop || !lives || (u.form !== 'people' && u.form !== 'adj')) continue;
      const next = units[r + 1];
      const role = next && next.type === 'role' && next.p0 - u.p1 <= 2 ? next : null;
      if (u.form === 'adj' && role?.sector === 'REF') continue;
      if (u.type === 'country') {
        const cue = ETHNIC_CUES.has(parts[u.p0 - 1]?.key ?? '');
        if (!cue && !(u.form === 'adj' && role?.sector === 'CVL')) continue;
      }
      const loc = this.locationIn(units, lives, u);
      if (!loc) continue;
      u.code = loc.code.slice(0, 3);
      u.rule = 'rule.ethnic+location';
    }
  }

  /** The first state or place of the sentence after "in"/"im"/"throughout" (up to four words between:
   *  "in the southern port city of Basra") whose state is one of `codes`. */
  private locationIn(units: Unit[], codes: string[], self: Unit): Unit | null {
    const parts = this.parts;
    for (const l of units) {
      if (l === self || l.drop || !(l.type === 'country' || l.type === 'place' || l.type === 'seat') || l.form === 'adj' || l.form === 'people') continue;
      if (!codes.includes(l.code.slice(0, 3))) continue;
      for (let k = l.p0 - 1, n = 0; k >= 0 && n <= 4; k--, n++) {
        const p = parts[k];
        if (!p.isWord) break;
        if (LOCATIVE.has(p.key)) return l;
      }
    }
    return null;
  }

  /**
   * Atoms that look like actors but are not:
   *  - "anti-Syria", "pro-Russian", "anti-amerikanische": the state is what the word is for or
   *    against, not who is meant (an "anti-Syria journalist" is not Syrian media);
   *  - "Europe Bridge", "France Telecom", "Iran Air": a state or region name before a capitalised
   *    facility or company noun is part of that name (English order; German joins it: "Europa-Brücke");
   *  - "Tom King", "Martin Luther King": in English a capitalised role word right after an unknown
   *    capitalised name and not followed by one is the surname ("King Abdullah" stays a title).
   */
  private notAnActor(a: Atom): boolean {
    const parts = this.parts;
    const first = parts[a.p0];
    const prev = parts[a.p0 - 1];
    const next = parts[a.p1];
    const t = a.entry.entity.type;
    if (first.joinPrev && prev && STANCE_PREFIXES.has(prev.key) && (t === 'country' || t === 'seat' || t === 'region' || t === 'igo' || t === 'ethnic')) return true;
    if ((t === 'country' || t === 'region' || t === 'seat') && a.entry.form !== 'adj' && next && next.cls >= 1
      && (next.joinPrev ? FACILITY_NOUNS.has(next.key) : this.state.lang !== 'de' && FACILITY_NOUNS.has(next.key))) return true;
    if (t === 'role' && this.state.lang !== 'de' && a.p1 - a.p0 === 1 && first.cls === 1 && a.entry.entity.person && prev && !prev.joinPrev
      && !first.joinPrev && this.isNamePart(a.p0 - 1) && !this.isModifier(a.p0 - 1) && !(next && this.isNamePart(a.p1))) {
      this.covered[a.p0] = 0;
      return true;
    }
    return false;
  }

  /**
   * The mentions of one sentence. One small method per rule family: TurboFan compiles (and
   * re-optimises) each on its own, where the single method they once were took ~250–400 ms per thread.
   */
  mentions(parts: Part[], atoms: Atom[], out: ActorMention[], text: string): void {
    this.parts = parts;
    // Reset in place: entries past parts.length are never read (every reader checks parts[i] first).
    const covered = this.covered;
    for (let k = 0; k < parts.length; k++) covered[k] = 0;
    const units = this.unitsOf(atoms);
    this.ethnicGroups(units);
    compact(units);
    this.ownerRole(units);
    compact(units);
    this.roleOwner(units);
    compact(units);
    const added: Unit[] = [];
    this.roleNames(units, added);
    this.appositions(units, added);
    this.surnameMentions(added);
    compact(units);
    for (let r = 0; r < added.length; r++) units.push(added[r]);
    // A stable sort leaves a sorted list as it is: only sort when something is out of order.
    if (!isSorted(units)) units.sort(byPosition);
    this.emit(units, out, text);
  }

  /** The units of the sentence's atoms, after the vetoes (marks the atoms' parts covered). */
  private unitsOf(atoms: Atom[]): Unit[] {
    const parts = this.parts;
    const covered = this.covered;
    for (let n = 0; n < atoms.length; n++) {
      const a = atoms[n];
      for (let k = a.p0; k < a.p1; k++) covered[k] = 1;
    }
    const units: Unit[] = [];
    for (let n = 0; n < atoms.length; n++) {
      const a = atoms[n];
      if (a.entry.entity.type === 'place' && this.vetoPlace(a)) {
        // Its words are free again for a person's name ("Innenminister Ali Hamm").
        for (let k = a.p0; k < a.p1; k++) covered[k] = 0;
        continue;
      }
      if (this.vetoAmbiguous(a)) continue;
      if (this.notAnActor(a)) continue;
      const u = unitFromAtom(a, this.state);
      if (!u || u.drop) continue;
      const before = parts[a.p0 - 1];
      if (a.entry.entity.seat === 'capital' && before && (before.key === 'in' || before.key === 'im')) u.place = true;
      if (u.type === 'person') this.remember(u.name, u.code, u.rule);
      units.push(u);
    }
    return units;
  }

  /** owner + role: "russische Truppen", "US-Außenministerium", "Russia's army". */
  private ownerRole(units: Unit[]): void {
    const parts = this.parts;
    const lang = this.state.lang;
    for (let r = 1; r < units.length; r++) {
      const role = units[r];
      const o = units[r - 1];
      if (role.type !== 'role' || role.owner || !o.owner || !o.code || o.drop || o.form === 'desc' || role.form === 'desc') continue;
      const gap = role.p0 - o.p1;
      let ok = false;
      const loose = lang !== 'de' || o.form === 'adj' || o.form === 'gen' || o.possessive;
      if (gap === 0) ok = parts[role.p0].joinPrev || loose;
      else if (gap <= 2 && loose && !parts[role.p0].joinPrev) {
        ok = true;
        for (let k = o.p1; k < role.p0; k++) if (!this.isModifier(k)) ok = false;
      }
      if (!ok) continue;
      units[r] = { ...role, p0: o.p0, type: 'composite', code: combine(o, role.sector ?? ''), name: `${o.name} ${role.name}`.trim(),
        kind: role.sector ? 'role' : o.kind, rule: ownerRule(o), owner: true, antecedent: o.antecedent };
      o.drop = true;
    }
  }

  /** role + owner: "Sprecher des US-Außenministeriums", "Außenminister Russlands", "die Regierung in Kiew". */
  private roleOwner(units: Unit[]): void {
    const parts = this.parts;
    const lang = this.state.lang;
    for (let r = 0; r + 1 < units.length; r++) {
      const role = units[r];
      const o = units[r + 1];
      // A generic GOV role ("Sprecher", "Chef") also takes a bare role as owner: "Sprecher der Polizei" → COP.
      const roleOwner = o.type === 'role' && !o.owner && !!o.sector && role.sector === 'GOV' && !o.place;
      // "police in Basra", "students in Jakarta": people of a city or region are of its state — for sectors
      // that belong where they are (not troops, refugees or spies, who are often foreign where they are).
      const localPlace = o.type === 'place' && LOCAL_SECTORS.has(role.sector ?? '');
      if (role.type !== 'role' || role.owner || role.sector === undefined || (!o.owner && !roleOwner && !localPlace) || o.form === 'desc') continue;
      let k = role.p1;
      if (k === o.p0) {
        if (!(o.form === 'gen' && lang === 'de') || localPlace) continue;
      } else {
        let link = parts[k]?.key;
        // "a group based in Trinidad", "die in Basra ansässigen …" (English only: German puts it before the noun).
        if (link === 'based' && parts[k + 1]?.key === 'in') link = parts[++k].key;
        // "die Regierung in Kiew", "security forces in Guinea": a role located in a country or capital belongs to it.
        const inCapital = (link === 'in' || link === 'im') && (o.entity?.seat === 'capital' || o.kind === 'state' || localPlace);
        // A spokesperson speaks for the owner: "a spokesman for the Russian foreign ministry".
        const speaksFor = link === 'for' && role.entity?.id === 'kb.role.spokesperson';
        if (localPlace ? !inCapital : !OWNER_LINKS.has(link) && !inCapital && !speaksFor) continue;
        k++;
        if (parts[k]?.key === 'the') k++;
        while (k < o.p0 && this.isModifier(k)) k++;
        if (k !== o.p0) continue;
      }
      if (localPlace) {
        // The place stays a location mention of its own (where it happens); the role takes its state.
        units[r] = { ...role, type: 'composite', code: combine(o, role.sector ?? ''), owner: true, name: `${role.name} (${o.name})`, rule: 'rule.role+in+place' };
        r++;
        continue;
      }
      units[r] = { ...role, p1: o.p1, type: roleOwner ? 'role' : 'composite', code: roleOwner ? o.code : inherit(role, o), owner: !roleOwner, name: `${role.name} (${o.name})`, kind: 'role', rule: 'rule.role+of+owner', antecedent: o.antecedent };
      if (roleOwner) units[r].sector = o.sector;
      o.drop = true;
      r++;
    }
    // A capital after "in" is where something happens ("Gipfel in Washington"): kept as a location,
    // which events may use as the place of a visit or meeting but never as an acting party.
    for (let r = 0; r < units.length; r++) {
      const u = units[r];
      if (u.place) { u.kind = 'location'; u.rule += '+place'; }
    }
  }

  /** role + named entity / person name: "NATO-Generalsekretär Jens Stoltenberg", "US-Außenminister Antony Blinken". */
  private roleNames(units: Unit[], added: Unit[]): void {
    const parts = this.parts;
    for (let r = 0; r < units.length; r++) {
      const role = units[r];
      if (role.type !== 'role' && role.type !== 'composite') continue;
      const next = units[r + 1];
      if (next && next.p0 === role.p1 && (next.type === 'person' || next.type === 'media' || next.type === 'group')) {
        if (role.person || next.type !== 'person') {
          // An unknown name, or a known one out of office at the document date, is what the title says it is.
          if (next.type === 'person' && (!next.code || (next.code.endsWith('ELI') && role.owner && role.code))) next.code = role.code;
          // The title belongs to the mention: "mit Frankreichs Außenminister Jean-Noël Barrot" is governed by "mit".
          if (next.type === 'person') next.p0 = role.p0;
          role.drop = true;
        }
        continue;
      }
      if (!role.person || !role.code) continue;
      let start = role.p1;
      let run = this.nameRunFrom(start);
      if (PORTFOLIO.has(parts[start]?.key ?? '')) {
        // "Staatssekretärin für Rüstungskontrolle Bonnie Jenkins": the name is the last two capitalised words.
        let k = start + 1;
        while (k < parts.length && this.isModifier(k)) k++;
        const r2 = this.nameRunFrom(k);
        run = r2 && r2[1] - r2[0] >= 3 ? [r2[1] - 2, r2[1]] : null;
        if (run && next && next.p0 === run[1]) run = null;
        start = run ? run[0] : start;
      }
      if (!run) continue;
      if (next && next.p0 < run[1]) continue;
      const known = run[1] - run[0] === 1 && role.type === 'role' && !role.owner ? this.bySurname(parts[run[0]].key, role.code) : null;
      const pu = known ? this.personUnit(run[0], run[1], known, 'rule.role+surname') : this.personUnit(run[0], run[1], role.code, 'rule.role+name');
      for (let k = run[0]; k < run[1]; k++) this.covered[k] = 1;
      this.remember(pu.name, pu.code, pu.rule);
      added.push(pu);
      role.drop = true;
    }
  }

  /** apposition: "Anna Berger, Staatssekretärin im …", "Hans Krüger, der Sprecher des …". */
  private appositions(units: Unit[], added: Unit[]): void {
    const parts = this.parts;
    for (let r = 0; r < units.length; r++) {
      const role = units[r];
      if (role.drop || !role.person || !role.code || (role.type !== 'role' && role.type !== 'composite')) continue;
      let k = role.p0 - 1;
      let skipped = 0;
      while (k >= 0 && skipped < 3 && (APPOSITION_ARTICLES.has(parts[k].key) || this.isModifier(k))) { k--; skipped++; }
      if (k < 1 || parts[k].text !== ',') continue;
      const run = this.nameRunBefore(k);
      if (!run) continue;
      const pu = this.personUnit(run[0], run[1], role.code, 'rule.name+role');
      for (let q = run[0]; q < run[1]; q++) this.covered[q] = 1;
      this.remember(pu.name, pu.code, pu.rule);
      added.push(pu);
    }
  }

  /** Later surname-only mentions of a person named before ("Campbell"). */
  private surnameMentions(added: Unit[]): void {
    const parts = this.parts;
    const surnames = this.state.surnames;
    if (surnames.size === 0) return;
    for (let i = 0; i < parts.length; i++) {
      if (!this.isNamePart(i)) continue;
      const p = parts[i];
      const ref = surnames.get(p.key) ?? (p.alt ? surnames.get(p.alt) : undefined);
      if (!ref) continue;
      let p0 = i;
      if (ref.first && i > 0 && parts[i - 1].key === ref.first && this.isNamePart(i - 1)) p0 = i - 1;
      for (let k = p0; k <= i; k++) this.covered[k] = 1;
      const pu = this.personUnit(p0, i + 1, ref.code, 'rule.person.surname');
      pu.name = ref.name;
      added.push(pu);
    }
  }

  /** Appends the mentions of the sorted units: the first of overlapping ones wins; definite descriptions resolve here. */
  private emit(units: Unit[], out: ActorMention[], text: string): void {
    const parts = this.parts;
    let lastEnd = -1;
    for (let r = 0; r < units.length; r++) {
      const u = units[r];
      if (u.p0 < lastEnd) continue;
      if (u.form === 'desc' && u.type !== 'composite') {
        if (!this.resolveDescription(u)) continue;
      } else if (u.antecedent) {
        this.registerDescriptions(u, u.antecedent);
      }
      if (!u.code) continue;
      const start = parts[u.p0].start;
      const end = parts[u.p1 - 1].end;
      out.push({ start, end, text: text.slice(start, end), code: u.code, name: u.name, kind: u.kind, rule: u.rule });
      lastEnd = u.p1;
    }
  }

  /** "die Allianz" after a determiner: the last entity with that description; false when there is none. */
  private resolveDescription(u: Unit): boolean {
    const parts = this.parts;
    const prev = parts[u.p0 - 1];
    const prev2 = parts[u.p0 - 2];
    const det = (prev && DETERMINERS.has(prev.key)) || (prev2 && DETERMINERS.has(prev2.key) && this.isModifier(u.p0 - 1));
    const ante = det ? this.state.descs.get(joinParts(parts, u.p0, u.p1, true)) : undefined;
    if (!ante) return false;
    u.code = ante.code;
    u.name = ante.name;
    u.kind = ante.kind;
    u.rule = 'rule.definite-description';
    return true;
  }

  /** Makes the antecedent's definite descriptions available to later sentences. */
  private registerDescriptions(u: Unit, ante: Entity): void {
    const keys = this.lex.descKeys.get(ante.id);
    if (!keys) return;
    // A composite's description names its owner: the owner's own code (combine(owner, '') is owner.code).
    const code = u.type === 'composite' ? ante.code : u.entity?.code ?? u.code;
    const kind = KIND_OF[ante.type] ?? 'other';
    const descs = this.state.descs;
    for (let n = 0; n < keys.length; n++) {
      // Most mentions repeat what is registered already: only a change allocates (descs is only read with get()).
      const cur = descs.get(keys[n]);
      if (cur !== undefined && cur.code === code && cur.name === ante.name && cur.kind === kind) continue;
      descs.set(keys[n], { code, name: ante.name, kind });
    }
  }
}
