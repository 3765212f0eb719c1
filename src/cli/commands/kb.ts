// lagebild kb — inspect the actor knowledge base: counts, lookups, dictionary checks.
import { CliError, EXIT, parse, type Command } from '../command.js';
import { activeKnowledgeBase, configureActors, recogniseActors } from '../../extract/actors.js';
import { kbStats } from '../../kb/stats.js';
import { loadUserDictionary, DictionaryError, type UserDictionary } from '../../kb/user-dict.js';
import { importPetrarchFile } from '../../kb/petrarch.js';
import { tokenize, splitSentences } from '../../text/segment.js';
import { detectLanguage } from '../../text/langid.js';

const HELP = `lagebild kb <stats|lookup|check> [options]

  kb stats                      counts: countries, IGOs, people, roles, names per language
  kb lookup "<text>" [--date YYYY-MM-DD] [--lang de|en]
                                the actor mentions the recogniser finds in the text
  kb check <file>...            validate user dictionaries (.yaml/.json) or PETRARCH files (.txt)

Options:
  --dict FILE    add a user dictionary (repeatable; YAML/JSON, or PETRARCH .txt)
  --json         machine-readable output`;

function loadDict(path: string): UserDictionary {
  return path.toLowerCase().endsWith('.txt') ? importPetrarchFile(path).dict : loadUserDictionary(path);
}

const command: Command = {
  name: 'kb',
  summary: 'actor knowledge base: stats, lookup, dictionary check',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      date: { type: 'string' }, lang: { type: 'string' }, dict: { type: 'string', multiple: true }, json: { type: 'boolean' },
    });
    const [sub, ...rest] = positionals;
    try {
      if (values.dict?.length) configureActors({ dictionaries: values.dict.map(loadDict) });
      if (sub === 'stats') {
        const s = kbStats(activeKnowledgeBase());
        if (values.json) console.log(JSON.stringify(s));
        else {
          for (const [k, v] of Object.entries(s)) if (k !== 'names') console.log(`${k.padEnd(10)} ${v}`);
          console.log(`names      de ${s.names.de} · en ${s.names.en} · any language ${s.names.any}`);
        }
        return EXIT.OK;
      }
      if (sub === 'lookup') {
        const text = rest.join(' ');
        if (!text) throw new CliError('kb lookup needs a text');
        const tokens = tokenize(text);
        const { ranges } = splitSentences(text, tokens);
        const lang = values.lang ?? detectLanguage(text);
        const ms = recogniseActors(text, tokens, ranges, lang, values.date ?? null);
        if (values.json) console.log(JSON.stringify(ms));
        else if (ms.length === 0) console.log('(no actor)');
        else for (const m of ms) console.log(`${m.text}\t${m.code}\t${m.kind}\t${m.name ?? ''}\t${m.rule}`);
        return EXIT.OK;
      }
      if (sub === 'check') {
        if (!rest.length) throw new CliError('kb check needs a file');
        for (const f of rest) {
          const d = loadDict(f);
          console.log(`${f}: ok — ${d.actors.length} actors, ${d.roles.length} roles, ${d.remove.length} removals`);
        }
        configureActors({ dictionaries: rest.map(loadDict) });
        activeKnowledgeBase();
        return EXIT.OK;
      }
      throw new CliError(`unknown subcommand '${sub ?? ''}' (stats, lookup, check)`);
    } catch (e) {
      if (e instanceof DictionaryError) throw new CliError(e.message, EXIT.USAGE);
      throw e;
    }
  },
};
export default command;
