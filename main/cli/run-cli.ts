import { isIsoDate } from '@shared/dates/iso-date';
import { runCheck } from './check-command';
import { CliInputError, EXIT_BAD_INPUT, EXIT_OK, fr, USAGE, type CliIo } from './cli-io';
import { readInvoiceFile } from './read-invoice';
import { runRender } from './render-command';
import { runVerifyArchive } from './verify-archive-command';

interface Parsed {
  command: string | undefined;
  file: string | undefined;
  out: string | undefined;
  json: boolean;
  today: string | undefined;
  help: boolean;
}

function parseArguments(argv: readonly string[]): Parsed {
  const parsed: Parsed = { command: undefined, file: undefined, out: undefined, json: false, today: undefined, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new CliInputError(fr`L'option ${arg} attend une valeur.`);
      return next;
    };
    if (arg === '--json') parsed.json = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--out' || arg === '-o') parsed.out = value();
    else if (arg.startsWith('--out=')) parsed.out = arg.slice('--out='.length);
    else if (arg === '--today') parsed.today = value();
    else if (arg.startsWith('--')) throw new CliInputError(fr`Option inconnue : ${arg}.`);
    else positional.push(arg);
  }
  if (positional.length > 2) throw new CliInputError(fr`Arguments en trop : ${positional.slice(2).join(' ')}.`);
  [parsed.command, parsed.file] = positional;
  return parsed;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArguments(argv);
  if (args.help || args.command === undefined) {
    (args.help ? io.stdout : io.stderr)(`${USAGE}\n`);
    return args.help ? EXIT_OK : EXIT_BAD_INPUT;
  }
  if (args.command === 'verify-archive') {
    if (args.file === undefined) throw new CliInputError(fr`Indiquez l'archive à vérifier : facturier verify-archive <archive.zip>.`);
    return runVerifyArchive(args.file, io, args.json);
  }
  if (args.command !== 'render' && args.command !== 'check') throw new CliInputError(fr`Commande inconnue : « ${args.command} ». Utilisez render, check ou verify-archive.`);
  if (args.file === undefined) throw new CliInputError(fr`Indiquez le fichier de la facture : facturier ${args.command} <facture.json>.`);
  if (args.today !== undefined && !isIsoDate(args.today)) throw new CliInputError(fr`--today attend une date AAAA-MM-JJ (ici « ${args.today} »).`);
  const scoped = { ...io, today: args.today ?? io.today };
  if (args.command === 'render' && args.out === undefined) throw new CliInputError(fr`Indiquez le dossier de sortie : --out <dossier>.`);
  const doc = readInvoiceFile(args.file);
  return args.command === 'check' ? runCheck(doc, scoped, args.json) : runRender(doc, args.out as string, scoped);
}

/** The whole command line, as a function of its arguments: returns the exit code, never exits itself. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliInputError) {
      io.stderr(`${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}
