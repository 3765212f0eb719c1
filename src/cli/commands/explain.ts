// lagebild explain — runs the pipeline on one text with the trace on and prints every
// stage's output with the rule ids, so a user can see why an event was (not) coded.
import { readFileSync } from 'node:fs';
import { CliError, EXIT, parse, type Command } from '../command.js';
import { newContext, runStages, toAnalysis } from '../../extract/pipeline.js';
import type { AnalysisContext, Token } from '../../extract/context.js';
import type { EventActor, Span } from '../../model/analysis.js';
import { cameoInfo } from '../../model/cameo.js';
import { checkDate, checkLang, io } from './analyze.js';
import { dictionaryPaths, useDictionaries } from '../../kb/dictionaries.js';

const help = `Usage: lagebild explain "<text>" [options]

Analyses one text and prints, stage by stage, what each stage found and which
rule or lexicon entry produced it: sentences, tokens, actors, times, amounts,
attributions, quotes, events (source -cameo-> target, status and its cue), and
the trace lines that say why candidates were dropped.

Options:
  --lang L      language of the text (de, en); default: identified from the text
  --dict FILE   user dictionary (YAML/JSON, or PETRARCH/TABARI .txt); repeatable, later files win;
                also read from lagebild.config.json {"dictionaries": [...]} (or $LAGEBILD_CONFIG)
  --date D      document date (YYYY, YYYY-MM or YYYY-MM-DD), for resolving "am Montag", "in July"
  --file F      read the text from file F (- for stdin) instead of the argument
  --json        print the analysis JSON plus the trace instead of the readable listing
  -h, --help    this text

Examples:
  lagebild explain "Kiew warf Moskau vor, Getreide nach Syrien verschifft zu haben." --date 2024-06
  lagebild explain "NATO leaders met in Vilnius on Tuesday." --lang en --json`;

const command: Command = {
  name: 'explain',
  summary: 'show every analysis stage and rule id for one text',
  help,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      lang: { type: 'string' },
      dict: { type: 'string', multiple: true },
      date: { type: 'string' },
      file: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const dicts = dictionaryPaths(values.dict ?? []);
    if (dicts.length) useDictionaries(dicts);
    let text: string;
    if (values.file !== undefined) {
      try {
        text = readFileSync(values.file === '-' ? 0 : values.file, 'utf8');
      } catch (e) {
        throw new CliError(`--file ${values.file}: ${(e as Error).message}`, EXIT.FATAL);
      }
    } else {
      if (positionals.length === 0) throw new CliError('no text given (lagebild explain "<text>", or --file F)');
      text = positionals.join(' ');
    }
    if (values.date !== undefined) checkDate(values.date);
    if (values.lang !== undefined) checkLang(values.lang);
    const ctx = runStages(newContext({ id: 'explain', text, date: values.date ?? null, lang: values.lang ?? null }, true));
    if (values.json) {
      await io.out(JSON.stringify({ analysis: toAnalysis(ctx), trace: ctx.trace ?? [] }, null, 2) + '\n');
    } else {
      await io.out(renderExplanation(ctx, values.lang === undefined).join('\n') + '\n');
    }
    return EXIT.OK;
  },
};
export default command;

const MAX_SHOWN = 80;

function clip(s: string, n = MAX_SHOWN): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

function at(span: Span): string {
  return `${span.start}–${span.end}`;
}

function actor(a: EventActor | null): string {
  return a ? `${a.code} "${clip(a.text, 40)}"` : '—';
}

function section(out: string[], title: string, n: number): void {
  out.push('', `${title} (${n})`);
}

/** Tokens of one sentence, compact: `word·word·,·word`, with kinds other than words marked. */
function compactTokens(tokens: Token[], from: number, to: number): string {
  const parts: string[] = [];
  for (let k = from; k < to; k++) parts.push(tokens[k].kind === 'number' ? `#${tokens[k].text}` : tokens[k].text);
  return parts.join('·');
}

/** The readable listing, one block per stage. Exported for tests. */
export function renderExplanation(ctx: AnalysisContext, langDetected: boolean): string[] {
  const { doc } = ctx;
  const out: string[] = [];
  out.push(`document: lang ${doc.lang}${langDetected ? ' (identified)' : ''} · date ${doc.date ?? 'unknown'} · ${doc.text.length} chars`);

  section(out, 'sentences', ctx.sentences.length);
  ctx.sentences.forEach((s, i) => out.push(`  [${i}] ${at(s)}  ${clip(doc.text.slice(s.start, s.end), 100)}`));

  section(out, 'tokens', ctx.tokens.length);
  ctx.sentenceTokens.forEach(([a, b], i) => out.push(`  [${i}] ${clip(compactTokens(ctx.tokens, a, b), 160)}`));

  section(out, 'actors', ctx.actors.length);
  for (const m of ctx.actors) {
    out.push(`  "${m.text}" ${at(m)} → ${m.code} (${m.kind}${m.name ? `, ${m.name}` : ''})  rule ${m.rule}`);
  }

  section(out, 'times', ctx.times.length);
  for (const t of ctx.times) {
    out.push(`  "${t.text}" ${at(t)} → ${t.value ?? `unresolved${t.reason ? ` (${t.reason})` : ''}`}${t.rule ? `  rule ${t.rule}` : ''}`);
  }

  section(out, 'amounts', ctx.amounts.length);
  for (const a of ctx.amounts) {
    const value = a.value === null ? (a.vague ?? 'vague') : String(a.value);
    out.push(`  "${a.text}" ${at(a)} → ${a.approx} ${value}${a.unit ? ` ${a.unit}` : ''}${a.category ? ` [${a.category}]` : ''}${a.rule ? `  rule ${a.rule}` : ''}`);
  }

  section(out, 'attributions', ctx.attributions.length);
  for (const a of ctx.attributions) {
    const speaker = a.speaker ? `${a.speaker.text} (${a.speaker.code})` : 'no speaker';
    out.push(`  "${a.cue.text}" [${a.lemma}] ${speaker} → content ${at(a.content)}${a.indirect ? ' indirect' : ''}  rule ${a.rule}`);
  }

  section(out, 'quotes', ctx.quotes.length);
  for (const q of ctx.quotes) {
    const sp = q.speaker ? `${q.speaker.text}${q.speaker.code ? ` (${q.speaker.code})` : ''}` : 'no speaker';
    out.push(`  "${clip(q.text, 70)}" ${at(q)} — ${sp}${q.kind ? ` [${q.kind}]` : ''}${q.rule ? `  rule ${q.rule}` : ''}`);
  }

  section(out, 'events', ctx.events.length);
  for (const e of ctx.events) {
    const name = cameoInfo(e.cameo)?.name ?? '?';
    const sentence = ctx.sentences.findIndex((s) => s.start === e.sentence.start);
    out.push(`  #${e.id} [s${sentence}] ${actor(e.source)} —${e.cameo}→ ${actor(e.target)}   ${name}`);
    const plover = e.plover ? `${e.plover.type}${e.plover.mode ? `/${e.plover.mode}` : ''}${e.plover.context ? ` (${e.plover.context})` : ''}` : '—';
    out.push(`      trigger "${e.trigger.text}" ${at(e.trigger)} · plover ${plover} · quad ${e.quad} · goldstein ${e.goldstein} · confidence ${e.confidence}`);
    const cue = e.statusCue ? ` cue "${e.statusCue.text}" (${e.statusCue.rule})` : '';
    out.push(`      status ${e.status}${cue} · date ${e.date ?? 'unknown'} · rule ${e.rule}`);
  }

  const trace = ctx.trace ?? [];
  section(out, 'trace', trace.length);
  for (const t of trace) {
    const where = t.span ? ` @${at(t.span)} "${clip(doc.text.slice(t.span.start, t.span.end), 40)}"` : '';
    out.push(`  [${t.stage}] ${t.message}${t.rule ? `  (${t.rule})` : ''}${where}`);
  }
  return out;
}
