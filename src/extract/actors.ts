// actors stage: finds who acts — states, governments (capitals, seats of power), IGOs,
// persons, roles composed with their owner — and codes each mention with a CAMEO
// actor code and the id of the entry or rule that produced it.
// Mentions are sorted by start and never overlap. See docs/actors.md.
import type { ActorMention } from '../model/analysis.js';
import type { AnalysisContext, Stage, Token } from './context.js';
import { trace } from './context.js';
import { loadKnowledgeBase } from '../kb/load.js';
import { applyUserDictionaries, type UserDictionary } from '../kb/user-dict.js';
import type { KnowledgeBase } from '../kb/types.js';
import { compileLexicon, type Lexicon } from './actors/lexicon.js';
import { sentenceParts } from './actors/parts.js';
import { findAtoms } from './actors/match.js';
import { SentenceComposer, newDocState } from './actors/compose.js';

export { actorKey, isBareSector } from './actors/keys.js';

let dictionaries: UserDictionary[] = [];
let lexicon: Lexicon | null = null;

/** Registers user dictionaries (see loadUserDictionary) for every later analysis; [] resets. */
export function configureActors(opts: { dictionaries?: UserDictionary[] } = {}): void {
  dictionaries = opts.dictionaries ?? [];
  lexicon = null;
}

/** The knowledge base in use: built-in data plus registered user dictionaries. */
export function activeKnowledgeBase(): KnowledgeBase {
  return actorLexicon().kb;
}

/** The compiled lookup, built once on first use. */
export function actorLexicon(): Lexicon {
  if (!lexicon) lexicon = compileLexicon(applyUserDictionaries(loadKnowledgeBase(), dictionaries));
  return lexicon;
}

/** Actor mentions of a tokenised text (sentence ranges index into tokens). */
export function recogniseActors(
  text: string, tokens: readonly Token[], sentenceTokens: ReadonlyArray<[number, number]>,
  lang: string, date: string | null, lex: Lexicon = actorLexicon(),
): ActorMention[] {
  const out: ActorMention[] = [];
  const state = newDocState(date, lang);
  const composer = new SentenceComposer(lex, state);
  for (let s = 0; s < sentenceTokens.length; s++) {
    const range = sentenceTokens[s];
    const parts = sentenceParts(tokens, range[0], range[1]);
    const atoms = findAtoms(parts, lex, lang);
    if (atoms.length === 0 && state.surnames.size === 0) continue;
    composer.mentions(parts, atoms, out, text);
  }
  return out;
}

export const actorsStage: Stage = {
  name: 'actors',
  assigns: ['actors'],
  requires: ['tokens', 'sentenceTokens'],
  run(ctx: AnalysisContext) {
    ctx.actors = recogniseActors(ctx.doc.text, ctx.tokens, ctx.sentenceTokens, ctx.doc.lang, ctx.doc.date);
    if (ctx.trace) for (const m of ctx.actors) trace(ctx, 'actors', `${m.text} → ${m.code} (${m.kind})`, m.rule, m);
  },
};
