// The module factories of a webpack bundle, wrapped in parentheses: V8 compiles a parenthesised function
// when it parses the file, instead of pre-parsing it then parsing it again when it is first called (its
// "PIFE" heuristic). Nearly every factory of dist/index.js runs on every step, so the second parse is pure
// cost: about 1 ms of the start-up on Node 24, the runtime action.yml names (41 interleaved runs). Node 20's
// V8 applies the heuristic to function expressions only, not to arrows, which is what ncc emits: there a
// factory is made a function expression too (V8's --log-function-events: 50 factories parsed a second time
// before; about 5 ms of Node 20's start-up, 41 interleaved runs), unless it reads its own `this` or
// `arguments`, whose meaning would change.
import { childrenOf, moduleFactories, type Node } from './module-table.js';

/** `code` with every factory of its first module table in parentheses; nothing else changes. */
export function eagerModuleFactories(code: string): string {
  let out = '';
  let from = 0;
  for (const factory of moduleFactories(code)) {
    out += `${code.slice(from, factory.start)}(${asFunction(code, factory)})`;
    from = factory.end;
  }
  return out + code.slice(from);
}

/** An arrow factory with a block body as the same function expression, unless it reads its own `this` or `arguments`. */
function asFunction(code: string, factory: Node): string {
  const text = code.slice(factory.start, factory.end);
  const body = factory.body as Node;
  if (factory.type !== 'ArrowFunctionExpression' || body.type !== 'BlockStatement' || factory.async || readsOwnThis(body)) {
    return text;
  }
  const params = (factory.params as Node[]).map((param) => code.slice(param.start, param.end)).join(',');
  return `function(${params})${code.slice(body.start, body.end)}`;
}

/** Whether `this` or `arguments` occurs in `node` outside the functions nested in it that have their own. */
function readsOwnThis(node: Node): boolean {
  const pending: Node[] = [node];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.type === 'ThisExpression' || (next.type === 'Identifier' && next.name === 'arguments')) return true;
    if (next.type === 'FunctionExpression' || next.type === 'FunctionDeclaration') continue;
    pending.push(...childrenOf(next));
  }
  return false;
}
