/**
 * `ms-evidence`: the command line of ms-evidence-elements.
 *
 *   ms-evidence import <PMID | DOI | NCT id>   draft a study record from PubMed, Crossref and ClinicalTrials.gov
 *   ms-evidence check [files…]                  re-check published records for retractions, corrections and registry changes
 *
 * A thin Node wrapper around src/import (which needs only fetch): arguments, files, output and
 * exit codes live here. Exit codes: 0 done; 1 a checked publication is retracted; 2 the command
 * could not do its work (bad arguments, offline, unknown identifier, a lookup failed).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RegistryClient, RegistryError, SERVICE_NAMES, type ClientOptions } from '../import/client.js';
import { importStudy, missingLines, type ImportResult } from '../import/draft.js';
import { checkDocument, type CheckReport } from '../import/check.js';

const HELP = `Usage:
  ms-evidence import <PMID | DOI | NCT id> [--out FILE | --stdout] [--force]
  ms-evidence check [FILE…]            (default: data/*.json)

import  Looks the identifier up in PubMed, Crossref and ClinicalTrials.gov and writes a draft
        study record (a dataset file with one study) to FILE, by default ./<record id>.json.
        Prints what a person must still do, and what validate-data would still refuse.
check   Reports retractions, corrections, expressions of concern, registry status changes,
        newly posted results and identifiers that no longer resolve. Exits 1 on a retraction.

Options:
  --email ADDRESS  contact address sent to NCBI (email) and Crossref (mailto, the polite pool);
                   default $MS_EVIDENCE_EMAIL
  --json           machine-readable output
  -h, --help       this text;  -v, --version  the version

Environment:
  NCBI_API_KEY        optional NCBI key: 10 requests a second instead of 3
  MS_EVIDENCE_EMAIL   contact address, as --email
  MS_EVIDENCE_PUBMED_URL, MS_EVIDENCE_CROSSREF_URL, MS_EVIDENCE_CTGOV_URL
                      other base URLs (mirrors, tests)
`;

const version = (): string => {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
};

/** Output streams and environment, injectable for tests. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

const defaultIo = (): CliIo => ({
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  cwd: process.cwd(),
});

const clientFor = (io: CliIo, email: string | undefined): RegistryClient => {
  const env = io.env;
  const options: ClientOptions = {
    tool: 'ms-evidence-elements',
    userAgent: `ms-evidence-elements/${version()}${email ? ` (mailto:${email})` : ''}`,
    urls: {
      ...(env.MS_EVIDENCE_PUBMED_URL ? { pubmed: env.MS_EVIDENCE_PUBMED_URL } : {}),
      ...(env.MS_EVIDENCE_CROSSREF_URL ? { crossref: env.MS_EVIDENCE_CROSSREF_URL } : {}),
      ...(env.MS_EVIDENCE_CTGOV_URL ? { 'clinicaltrials-gov': env.MS_EVIDENCE_CTGOV_URL } : {}),
    },
    onRetry: ({ service, attempt, waitMs, reason }) =>
      io.err(`${SERVICE_NAMES[service]}: ${reason}; retrying in ${(waitMs / 1000).toFixed(1)} s (retry ${attempt})`),
  };
  if (email) options.email = email;
  if (env.NCBI_API_KEY) options.ncbiApiKey = env.NCBI_API_KEY;
  if (io.fetch) options.fetch = io.fetch;
  if (io.sleep) options.sleep = io.sleep;
  return new RegistryClient(options);
};

const bullet = (lines: string[]): string[] => lines.map((l) => `  - ${l}`);

function printImport(io: CliIo, result: ImportResult, file: string | undefined): void {
  const { draft } = result;
  const found = result.lookups.filter((l) => l.found).map((l) => `${SERVICE_NAMES[l.service]} (${l.id})`);
  const missing = result.lookups.filter((l) => !l.found).map((l) => `${SERVICE_NAMES[l.service]} has no record for ${l.id}`);
  io.out(`Imported "${draft.id}" from ${found.join(', ') || 'nothing'}.`);
  for (const m of missing) io.out(`  (${m})`);
  if (file) io.out(`Wrote ${file}: a dataset file with one draft study.`);
  const notices = ((draft.citation as { notices?: { kind: string; date?: string; note?: string }[] }).notices ?? []).map(
    (n) => `${n.kind === 'retraction' ? 'RETRACTION' : n.kind}${n.date ? ` ${n.date}` : ''}: ${n.note ?? ''}`,
  );
  if (notices.length) io.out(['', 'Publication notices:', ...bullet(notices)].join('\n'));
  const sources = draft.verification.importedFrom ?? [];
  if (sources.length) {
    io.out(
      [
        '',
        'Where each fact came from (verification.importedFrom):',
        ...bullet(sources.map((s) => `${s.source} ${s.id}: ${s.fields.join(', ')}`)),
      ].join('\n'),
    );
  }
  io.out(['', 'To do by a person before publishing:', ...bullet(result.todos)].join('\n'));
  const lines = missingLines(result);
  io.out(
    lines.length
      ? ['', `Still refused by validate-data (${lines.length}):`, ...bullet(lines)].join('\n')
      : ['', 'validate-data accepts this draft; a person must still do the list above.'].join('\n'),
  );
  if (result.warnings.length) io.out(['', 'Warnings:', ...bullet(result.warnings)].join('\n'));
}

async function runImport(io: CliIo, args: string[], flags: Flags): Promise<number> {
  if (args.length !== 1) {
    io.err('ms-evidence import: give exactly one PMID, DOI or NCT id (ms-evidence --help)');
    return 2;
  }
  const result = await importStudy(clientFor(io, flags.email), args[0]!);
  const doc = { $schema: 'https://unpkg.com/ms-evidence-elements/data/schema/dataset.schema.json', studies: [result.draft] };
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (flags.json) {
    io.out(
      JSON.stringify(
        { ...result, validation: result.validation.ok ? { ok: true } : { ok: false, issues: result.validation.issues } },
        null,
        2,
      ),
    );
    return 0;
  }
  if (flags.stdout) {
    io.out(json.trimEnd());
    return 0;
  }
  const file = flags.out ?? `${result.draft.id}.json`;
  const path = resolve(io.cwd, file);
  if (existsSync(path) && !flags.force) {
    io.err(`ms-evidence import: ${file} already exists; give --out FILE or --force`);
    return 2;
  }
  writeFileSync(path, json);
  printImport(io, result, file);
  return 0;
}

const LEVEL_MARK: Record<CheckReport['findings'][number]['level'], string> = {
  retraction: 'RETRACTED',
  'new-notice': 'NEW',
  notice: 'notice',
  registry: 'registry',
  unresolved: 'BROKEN',
  todo: 'TODO',
  ok: 'ok',
  error: 'FAILED',
};

async function runCheck(io: CliIo, args: string[], flags: Flags): Promise<number> {
  const files = args.length
    ? args
    : existsSync(join(io.cwd, 'data'))
      ? readdirSync(join(io.cwd, 'data'))
          .filter((f) => f.endsWith('.json'))
          .map((f) => join('data', f))
      : [];
  if (!files.length) {
    io.err('ms-evidence check: no files given and no data/*.json here (ms-evidence --help)');
    return 2;
  }
  const client = clientFor(io, flags.email);
  const all: { file: string; reports: CheckReport[] }[] = [];
  let unreadable = 0;
  for (const file of files) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8'));
    } catch (error) {
      io.err(`${file}: cannot be read as JSON: ${(error as Error).message.split('\n')[0]}`);
      unreadable++;
      continue;
    }
    all.push({ file, reports: await checkDocument(client, doc) });
  }
  const reports = all.flatMap((f) => f.reports);
  if (flags.json) io.out(JSON.stringify(all, null, 2));
  else {
    for (const { file, reports: rs } of all) {
      if (!rs.length) continue;
      io.out(file);
      for (const r of rs) {
        io.out(`  ${r.record}${r.retracted ? '  RETRACTED' : ''}`);
        for (const f of r.findings) io.out(`    ${LEVEL_MARK[f.level].padEnd(9)} ${f.message}`);
      }
    }
    const count = (test: (r: CheckReport) => boolean) => reports.filter(test).length;
    io.out(
      `\n${reports.length} record${reports.length === 1 ? '' : 's'} checked: ${count((r) => r.retracted)} retracted, ` +
        `${count((r) => r.findings.some((f) => f.level === 'new-notice'))} with a notice not on the record, ` +
        `${count((r) => r.findings.some((f) => f.level === 'registry'))} with registry news, ` +
        `${count((r) => r.findings.some((f) => f.level === 'unresolved'))} with identifiers that do not resolve, ` +
        `${count((r) => r.incomplete)} not fully checked.`,
    );
  }
  if (reports.some((r) => r.retracted)) return 1;
  return unreadable || reports.some((r) => r.incomplete) ? 2 : 0;
}

interface Flags {
  email?: string;
  out?: string;
  stdout?: boolean;
  force?: boolean;
  json?: boolean;
}

/** Runs the command line; resolves with the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        out: { type: 'string', short: 'o' },
        stdout: { type: 'boolean' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.err(`ms-evidence: ${(error as Error).message} (ms-evidence --help)`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out(version());
    return 0;
  }
  const [command, ...args] = positionals;
  if (values.help || !command) {
    (command || values.help ? io.out : io.err)(HELP.trimEnd());
    return values.help ? 0 : 2;
  }
  const email = values.email ?? io.env.MS_EVIDENCE_EMAIL;
  const flags: Flags = { ...values, ...(email ? { email } : {}) };
  if (!email && !values.json) {
    io.err('Tip: give --email or set MS_EVIDENCE_EMAIL so NCBI and Crossref (polite pool) can reach you rather than block you.');
  }
  try {
    if (command === 'import') return await runImport(io, args, flags);
    if (command === 'check') return await runCheck(io, args, flags);
    io.err(`ms-evidence: unknown command "${command}" (ms-evidence --help)`);
    return 2;
  } catch (error) {
    if (error instanceof RegistryError) {
      io.err(`ms-evidence ${command}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
