// The module factories of a webpack bundle, wrapped in parentheses: V8 compiles a parenthesised function
// when it parses the file, instead of pre-parsing it then parsing it again when it is first called (its
// "PIFE" heuristic). Nearly every factory of dist/index.js runs on every step, so the second parse is pure
// cost: about 1 ms of the start-up on Node 24, the runtime action.yml names (41 interleaved runs). Node 20's
// V8 applies the heuristic to function expressions only, not to arrows, which is what ncc emits: there a
// factory is made a function expression too (V8's --log-function-events: 50 factories parsed a second time
// before; about 5 ms of Node 20's start-up, 41 interleaved runs), unless it reads its own `this` or
// `arguments`, whose meaning would change.
import { parse } from 'acorn';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** The bundle's modules object: `{ 123: (module, exports, require) => {...}, ... }`, numeric keys only. */
function isModuleTable(node: Node): boolean {
  const properties = node.properties as Node[] | undefined;
  return (
    node.type === 'ObjectExpression' &&
    !!properties?.length &&
    properties.every((property) => {
      const key = property.key as Node & { value?: unknown };
      const value = property.value as Node;
      return key.type === 'Literal' && typeof key.value === 'number' && /FunctionExpression$/.test(value.type);
    })
  );
}

/** `code` with every factory of its first module table in parentheses; nothing else changes. */
export function eagerModuleFactories(code: string): string {
  const pending: Node[] = [parse(code, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (isModuleTable(node)) {
      let out = '';
      let from = 0;
      for (const { value } of node.properties as Array<{ value: Node }>) {
        out += `${code.slice(from, value.start)}(${asFunction(code, value)})`;
        from = value.end;
      }
      return out + code.slice(from);
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) pending.push(...child.filter(isNode).reverse());
      else if (isNode(child)) pending.push(child);
    }
  }
  throw new Error('no module table found in the bundle');
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
    for (const child of Object.values(next)) {
      if (Array.isArray(child)) pending.push(...child.filter(isNode));
      else if (isNode(child)) pending.push(child);
    }
  }
  return false;
}
