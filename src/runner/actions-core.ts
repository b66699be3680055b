// What the bundle gets for `import * as core from '@actions/core'` (tsconfig.json `paths`, which ncc applies):
// the entry points the action uses, as @actions/core's lib/core.js defines them, over its own command and
// file-command modules. Its entry module also imports the OIDC client, and with it
// @actions/http-client, tunnel and undici (about 100 modules): a third of the start-up, for a token the
// action never asks for. Tests and tsx load the real package, so its mocks and behaviour stay the reference.
import * as os from 'node:os';
import type { AnnotationProperties, InputOptions } from '../../node_modules/@actions/core/lib/core.js';
import { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';

export type { AnnotationProperties, InputOptions };

export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  process.stdout.write(os.EOL);
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
  process.stdout.write(message + os.EOL);
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
