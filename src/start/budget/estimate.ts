// `max-credits`: what the jobs this step would create can cost, estimated before any upload or create, and a
// step over the budget stopped before it spends anything. Loaded only when the input is set.
import { open } from 'node:fs/promises';
import * as path from 'node:path';
import { fork } from 'node:child_process';
import { bound } from '../../lib/bound.js';
import { Inputs, PAGE_WORKER_FLAG, PDF_STREAM_BOUND_BYTES } from '../../lib/constants.js';
import { ActionError } from '../../lib/errors.js';
import type { JobConfiguration } from '../../settings/settings.js';
import * as log from '../../runner/log.js';
import { Progress } from '../../runner/progress.js';
import { mapLimit } from '../../lib/concurrency.js';
import type { Document } from '../documents.js';
import { shown } from '../start-jobs.js';
import { grouped, plural } from '../../lib/markdown.js';

export { CreditMeter } from './meter.js';

/** Credits per page by tier, as LlamaCloud publishes them. */
const PRICE_PER_PAGE: Readonly<Record<string, number>> = { cost_effective: 5, agentic: 15, turbo: 35, agentic_plus: 50 };
const HIGHEST_PRICE = Math.max(...Object.values(PRICE_PER_PAGE));
/** The API's default tier. */
const DEFAULT_TIER = 'cost_effective';
/** One page each: the formats LlamaCloud reads as a single image. */
const IMAGES = new Set(['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.webp']);
const MIB = 1024 * 1024;
/** A PDF larger than this is not parsed: its page count is unknown. */
const MAX_COUNTED_BYTES = 64 * MIB;
/**
 * A PDF whose count takes longer (a hostile one can try) is given up: its page count is unknown. No count
 * outlives the step's timeout either.
 */
const COUNT_TIME_MS = 15_000;
/** The page counter's heap: a PDF that fills it ends the counter's process, never the step. */
const WORKER_HEAP_MB = 256;
/** PDFs counted at once: the runner has two cores. */
const COUNTING_AT_ONCE = 2;
/** Documents named in the over-budget message. */
const LARGEST_SHOWN = 5;

/** Why a PDF has no page count: it could not be read (broken, encrypted), or counting it ran into a bound. */
export type Uncounted = 'unreadable' | 'time' | 'memory' | 'stream';

interface DocumentEstimate {
  document: Document;
  /** Undefined: unknown, which counts as over any budget. */
  pages?: number;
  /** For a PDF of unknown page count, what stopped its count, when it was a bound. */
  why?: string;
}

interface Estimate {
  /** Credits of the documents of known page count. */
  credits: number;
  pages: number;
  pricePerPage: number;
  /** How the price was found, for the messages. */
  tier: string;
  documents: DocumentEstimate[];
  unknown: DocumentEstimate[];
}

/**
 * The estimate for the documents that would get a new job; `countPdf` counts one PDF's pages within `limitMs`.
 * `startedAt`: the step's start, which progress lines count from; `deadline` (epoch ms): the step's timeout.
 */
export async function estimate(
  documents: Document[],
  configuration: JobConfiguration,
  { startedAt, deadline }: { startedAt: number; deadline: number },
  countPdf: (file: string, limitMs: number) => Promise<number | Uncounted> = countInProcess
): Promise<Estimate> {
  const inline = 'inline' in configuration ? configuration.inline : undefined;
  const tier = inline === undefined ? undefined : typeof inline.tier === 'string' ? inline.tier : inline.tier == null ? DEFAULT_TIER : '?';
  // A saved configuration's tier cannot be read through the published API, nor an unknown tier's price: the highest applies.
  const pricePerPage = (tier && PRICE_PER_PAGE[tier]) || HIGHEST_PRICE;
  const tierShown =
    tier && PRICE_PER_PAGE[tier]
      ? `tier ${tier}`
      : inline
        ? `tier '${bound(String(tier), 64)}' of no published price: the highest`
        : 'a saved configuration: the highest tier';
  const cap = pageCap(inline);
  const progress = new Progress(documents.length, startedAt);
  let done = 0;
  const estimates = await mapLimit(documents, COUNTING_AT_ONCE, async (document): Promise<DocumentEstimate> => {
    const counted = await pagesOf(document, cap, deadline, countPdf);
    progress.report(++done, () => `Counting pages for max-credits: ${done} of ${plural(documents.length, 'document')}`);
    return { document, ...counted };
  });
  const known = estimates.filter((entry) => entry.pages !== undefined);
  const pages = known.reduce((sum, entry) => sum + (entry.pages ?? 0), 0);
  return {
    credits: pages * pricePerPage,
    pages,
    pricePerPage,
    tier: tierShown,
    documents: estimates,
    unknown: estimates.filter((entry) => entry.pages === undefined)
  };
}

/** A document's pages: counted, one for an image, else the configuration's cap (undefined: unknown, and why). */
async function pagesOf(
  document: Document,
  cap: number | undefined,
  deadline: number,
  countPdf: (file: string, limitMs: number) => Promise<number | Uncounted>
): Promise<{ pages?: number; why?: string }> {
  const counted = (await isPdf(document)) ? await pdfPages(document, deadline, countPdf) : isImage(document) ? 1 : undefined;
  if (typeof counted === 'number') return { pages: cap === undefined ? counted : Math.min(counted, cap) };
  return cap === undefined ? { why: counted } : { pages: cap };
}

/** A PDF's pages, or what stopped its count when a bound did (undefined: it could not be read). */
async function pdfPages(
  document: Document,
  deadline: number,
  countPdf: (file: string, limitMs: number) => Promise<number | Uncounted>
): Promise<number | string | undefined> {
  if (document.size > MAX_COUNTED_BYTES) return `over ${MAX_COUNTED_BYTES / MIB} MiB, not counted`;
  const left = deadline - Date.now();
  if (left <= 0) return 'the timeout was reached before its pages were counted';
  const counted = await countPdf(document.path, Math.min(COUNT_TIME_MS, left));
  switch (counted) {
    case 'unreadable':
      return undefined;
    case 'time':
      return left < COUNT_TIME_MS
        ? 'the timeout was reached while its pages were counted'
        : `counting took longer than ${COUNT_TIME_MS / 1000} s`;
    case 'memory':
      return `counting needed more than ${WORKER_HEAP_MB} MiB of memory`;
    case 'stream':
      return `a stream in it decodes to more than ${PDF_STREAM_BOUND_BYTES / MIB} MiB`;
    default:
      return counted;
  }
}

/** Fails the step, before anything is spent, when the estimate is over `maxCredits` or unknown; else logs it. */
export function checkBudget(found: Estimate, maxCredits: number): void {
  const jobs = found.documents.length;
  const cost = `${grouped(found.credits)} credits (${grouped(found.pages)} pages at ${found.pricePerPage} credits per page, ${found.tier})`;
  if (found.credits <= maxCredits && found.unknown.length === 0) {
    log.info(`Estimated cost of ${plural(jobs, 'new job')}: at most ${cost}, within ${Inputs.MaxCredits} ${grouped(maxCredits)}.`);
    return;
  }
  const largest = [...found.documents]
    .filter((entry) => entry.pages !== undefined)
    .sort((a, b) => (b.pages ?? 0) - (a.pages ?? 0))
    .slice(0, LARGEST_SHOWN)
    .map((entry) => `${shown(entry.document)} (${plural(entry.pages ?? 0, 'page')})`);
  const unknown = found.unknown.slice(0, LARGEST_SHOWN).map((entry) => `${shown(entry.document)}${entry.why ? ` (${entry.why})` : ''}`);
  // Over only for documents of unknown page count: no budget bounds them, so a higher one would not help.
  const over = found.credits > maxCredits;
  const budget = `${Inputs.MaxCredits} ${grouped(maxCredits)}`;
  const parts = [
    `The jobs this step would create are estimated at ${cost}${found.unknown.length ? ` plus ${plural(found.unknown.length, 'document')} of unknown page count` : ''}, ${over ? `over ${budget}` : `which ${budget} cannot bound`}: nothing was uploaded and no job created.`,
    largest.length ? `Largest: ${largest.join(', ')}${found.documents.length - found.unknown.length > largest.length ? ', …' : ''}.` : '',
    unknown.length
      ? `Unknown page count (not a PDF or an image, or a PDF that could not be counted): ${unknown.join(', ')}${found.unknown.length > unknown.length ? ', …' : ''}; max_pages or target_pages in the configuration bounds them.`
      : '',
    over
      ? `Raise ${Inputs.MaxCredits}, or extract fewer documents or pages.`
      : `Raising ${Inputs.MaxCredits} does not help: bound their pages in the configuration, or leave them out of '${Inputs.File}'.`
  ];
  throw new ActionError(parts.filter(Boolean).join(' '));
}

/** At most this many pages are extracted of any document: `max_pages`, and the pages `target_pages` lists. */
function pageCap(inline: Record<string, unknown> | undefined): number | undefined {
  if (!inline) return undefined;
  const caps = [
    typeof inline.max_pages === 'number' && inline.max_pages >= 1 ? Math.floor(inline.max_pages) : undefined,
    typeof inline.target_pages === 'string' ? listedPages(inline.target_pages) : undefined
  ].filter((cap): cap is number => cap !== undefined);
  return caps.length ? Math.min(...caps) : undefined;
}

/** How many pages `1,3,5-7` lists (5); undefined for text that is not such a list. */
function listedPages(text: string): number | undefined {
  const pages = new Set<number>();
  for (const part of text.split(',')) {
    const range = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!range) return undefined;
    const first = Number(range[1]);
    const last = range[2] === undefined ? first : Number(range[2]);
    if (first < 1 || last < first || last - first > 100_000) return undefined;
    for (let page = first; page <= last; page++) pages.add(page);
  }
  return pages.size;
}

/** `%PDF-` within the first KiB, as readers accept it, or a .pdf name. */
async function isPdf(document: Document): Promise<boolean> {
  if (path.extname(document.path).toLowerCase() === '.pdf') return true;
  const handle = await open(document.path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0);
    return buffer.subarray(0, bytesRead).includes('%PDF-');
  } finally {
    await handle.close();
  }
}

function isImage(document: Document): boolean {
  return IMAGES.has(path.extname(document.path).toLowerCase());
}

/**
 * One PDF counted by the action's own entry file in a child process, bounded in time (`limitMs`) and heap.
 * A process, not a worker thread: on Node 24 a worker over its heap limit aborts the whole step.
 */
function countInProcess(file: string, limitMs: number): Promise<number | Uncounted> {
  return new Promise((resolve) => {
    const child = fork(process.argv[1] ?? '', [PAGE_WORKER_FLAG, file], {
      execArgv: [`--max-old-space-size=${WORKER_HEAP_MB}`],
      // It parses a file a pull request controls: none of the step's environment (the key among its inputs,
      // NODE_OPTIONS) reaches it. Windows' Node needs SystemRoot to start.
      env: process.env.SystemRoot === undefined ? {} : { SystemRoot: process.env.SystemRoot },
      // Nothing it prints reaches the log; its last words say whether its heap ran out.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc']
    });
    let said = '';
    child.stderr?.on('data', (chunk: Buffer) => (said = (said + chunk.toString('latin1')).slice(-4096)));
    const done = (counted: number | Uncounted): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(counted);
    };
    const timer = setTimeout(() => done('time'), limitMs);
    child.once('message', (pages: unknown) =>
      done(typeof pages === 'number' && Number.isSafeInteger(pages) && pages >= 1 ? pages : pages === 'stream' ? 'stream' : 'unreadable')
    );
    child.once('error', () => done('unreadable'));
    // stderr is read to its end before 'close': an exit without a count says why, if it was the heap.
    child.once('close', () => done(/heap out of memory|Reached heap limit/.test(said) ? 'memory' : 'unreadable'));
  });
}
