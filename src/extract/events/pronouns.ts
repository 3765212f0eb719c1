// Pronoun subjects: "wir"/"we" inside a quotation is its speaker; "er"/"he"/"she"
// is the last named person before it (or the speaker of the clause's attribution).
import type { AnalysisContext } from '../context.js';
import type { ActorMention, EventActor } from '../../model/analysis.js';
import type { SentenceFrame, TriggerMatch } from './sentence.js';
import { clauseOfTok } from './sentence.js';
import { isBareSector } from '../actors/keys.js';
import { isPassive } from './arguments.js';

/** The last mention ending before `offset` that fits, looking back at most a few hundred mentions. */
function lastActorBefore(actors: readonly ActorMention[], offset: number, fits: (m: ActorMention) => boolean): ActorMention | null {
  let lo = 0, hi = actors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (actors[mid].end <= offset) lo = mid + 1; else hi = mid;
  }
  // A role without a country ("GOV", "REB") names no one a pronoun could stand for.
  for (let k = lo - 1; k >= 0 && k >= lo - 300; k--) if (actors[k].end <= offset && !isBareSector(actors[k].code) && fits(actors[k])) return actors[k];
  return null;
}

const FIRST_PERSON = new Set(['wir', 'ich', 'we', 'i']);

export function resolvePronoun(ctx: AnalysisContext, f: SentenceFrame, m: TriggerMatch, pronouns: ReadonlySet<string>): EventActor | null {
  // "He was taken into custody": a passive's subject pronoun is what the act befalls, not who acts.
  if (isPassive(f, m)) return null;
  for (let k = f.from; k < f.to; k++) {
    if (clauseOfTok(f, k) !== m.clause) continue;
    const t = f.tokens[k];
    if (!pronouns.has(t.norm) && !FIRST_PERSON.has(t.norm)) continue;
    // German "Sie" is also the polite "you" and "they": only lower-case "sie" mid-clause is taken.
    if (t.norm === 'sie' && t.text === 'Sie') continue;
    if (t.norm === 'es') continue; // mostly expletive ("es geht um")
    if (FIRST_PERSON.has(t.norm)) {
      const q = f.quotes.find((x) => x.start <= t.start && x.end >= t.end && x.speaker?.code);
      if (q?.speaker?.code) return { code: q.speaker.code, text: t.text, start: t.start, end: t.end };
      continue;
    }
    const a = f.attributions.find((x) => x.speaker && x.cue.start <= t.start + 40 && x.cue.end >= t.start - 40 && x.speaker.start >= t.start - 1 && x.speaker.end <= t.end + 1);
    if (a?.speaker?.code) return { code: a.speaker.code, text: t.text, start: t.start, end: t.end };
    // "er"/"he"/"she" stand for people; "it"/"they" for a state, group or organisation.
    const wantsPerson = t.norm !== 'it' && t.norm !== 'they';
    const best = lastActorBefore(ctx.actors, t.start, (am) => (wantsPerson ? am.kind === 'person' : am.kind !== 'person' && am.kind !== 'media' && am.kind !== 'location'));
    if (best?.code) return { code: best.code, text: t.text, start: t.start, end: t.end };
  }
  return null;
}

// A Map, not an object literal: token norms are fresh strings, and a keyed lookup on an object first
// interns them (and would find inherited names such as "constructor").
const POSSESSIVE: ReadonlyMap<string, 'person' | 'thing' | 'any'> = new Map<string, 'person' | 'thing' | 'any'>([
  ['his', 'person'], ['her', 'person'], ['its', 'thing'], ['their', 'thing'],
  ['sein', 'person'], ['seine', 'person'], ['seinen', 'person'], ['seinem', 'person'], ['seiner', 'person'], ['seines', 'person'],
  ['ihr', 'any'], ['ihre', 'any'], ['ihren', 'any'], ['ihrem', 'any'], ['ihrer', 'any'], ['ihres', 'any'],
]);

/** "its demand", "seine Reise": a possessive pronoun before a noun trigger stands for the last fitting actor. */
export function resolvePossessive(ctx: AnalysisContext, f: SentenceFrame, m: TriggerMatch): EventActor | null {
  for (let k = m.first - 1, steps = 0; k >= f.from && steps < 3; k--, steps++) {
    const t = f.tokens[k];
    const want = POSSESSIVE.get(t.norm);
    if (want) {
      const best = lastActorBefore(ctx.actors, t.start, (am) => !!am.code && am.kind !== 'location' && am.kind !== 'media'
        && !(/^[A-Z]{3}$/.test(am.code) && am.kind === 'role') && (want === 'any' || (want === 'person') === (am.kind === 'person')));
      return best ? { code: best.code, text: t.text, start: t.start, end: t.end } : null;
    }
    if (t.kind !== 'word' || t.text[0] !== t.norm[0]) return null;
  }
  return null;
}
