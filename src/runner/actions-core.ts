// What the bundle gets for `import * as core from '@actions/core'` (tsconfig.json `paths`, which ncc applies):
// the entry points the action uses, as @actions/core's lib/core.js defines them, over its own command and
// file-command modules. Its entry module also imports the OIDC client, and with it
// @actions/http-client, tunnel and undici (about 100 modules): a third of the start-up, for a token the
// action never asks for. Tests and tsx load the real package, so its mocks and behaviour stay the reference.
// Log lines and workflow commands are written as its command module writes them, but straight to the
// descriptor: creating process.stdout over the runner's pipe takes about 2 ms, as much as the rest of a line's
// way through the step.
import { writeSync } from 'node:fs';
import * as os from 'node:os';
import type { AnnotationProperties, InputOptions } from '../../node_modules/@actions/core/lib/core.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';

const STDOUT = 1;
/** What a write waits on while the pipe is full (only once something made it non-blocking). */
let pipeFull: Int32Array | undefined;

function writeLine(line: string): void {
  const bytes = Buffer.from(line + os.EOL);
  for (let written = 0; written < bytes.length;) {
    try {
      written += writeSync(STDOUT, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait((pipeFull ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 1);
    }
  }
}

/** `::command key=value,…::message`, escaped and spaced as @actions/core writes it (a space even when no property has a value). */
function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const entries = Object.entries(properties);
  const pairs = entries.filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(value)}`);
  writeLine(`::${command}${entries.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`);
}

function issue(command: string, message = ''): void {
  issueCommand(command, {}, message);
}

function escapeData(value: unknown): string {
  return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type { AnnotationProperties, InputOptions };

export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  writeLine('');
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  writeLine(message);
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('notice', message, properties);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('warning', message, properties);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('error', message, properties);
}

function annotate(level: string, message: string | Error, properties: AnnotationProperties): void {
  issueCommand(level, toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

export function startGroup(name: string): void {
  issue('group', name);
}

export function endGroup(): void {
  issue('endgroup');
}
