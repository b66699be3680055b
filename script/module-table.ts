// The entry chunk's module table, as ncc (webpack) emits it: `{ 123: (module, exports, require) => {...}, ... }`.
// The bundle's passes (eager-factories.ts, export-values.ts) rewrite its factories and nothing else.
import { parse } from 'acorn';

export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** The nodes directly under `node`, in source order. */
export function childrenOf(node: Node): Node[] {
  return Object.values(node).flatMap((child) => (Array.isArray(child) ? child.filter(isNode) : isNode(child) ? [child] : []));
}

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

/** The factories of the first module table in `code` (numeric keys only), in source order. */
export function moduleFactories(code: string): Node[] {
  const pending: Node[] = [parse(code, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (isModuleTable(node)) return (node.properties as Array<{ value: Node }>).map(({ value }) => value);
    pending.push(...childrenOf(node).reverse());
  }
  throw new Error('no module table found in the bundle');
}
