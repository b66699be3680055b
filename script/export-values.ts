// Module exports as plain properties where a getter buys nothing. ncc (webpack, without module concatenation)
// exports each ES binding through a getter, `require.d(exports, { name: () => binding })`, to keep it live;
// V8 compiles every getter, a function of its own, on its first call: the entry defines about 180, and a
// plain run called about 100 of them. A function declaration, a class or a `const` that is never assigned
// again holds one value from the moment it is declared, so its export becomes a property set to it: a
// function's where the getters were defined (it is hoisted, so it is there from the factory's first line,
// as its getter made it), a class's or a constant's right after its declaration (before it, its getter
// would have thrown: nothing read it there). About 4.7 M of the plain run's instructions on Node 24 and on
// Node 20 (callgrind, the bench's flags). Every other export keeps its getter: re-exports, `let` and `var`,
// anything reassigned.
import { childrenOf, isNode, moduleFactories, type Node } from './module-table.js';

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** `code` with the entry's never-changing exports set as properties; nothing else changes. */
export function exportsAsValues(code: string): string {
  const edits = moduleFactories(code)
    .flatMap((factory) => factoryEdits(code, factory))
    .sort((a, b) => a.from - b.from);
  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += code.slice(from, edit.from) + edit.text;
    from = edit.to;
  }
  return out + code.slice(from);
}

function factoryEdits(code: string, factory: Node): Edit[] {
  const [, exportsParam, requireParam] = factory.params as Node[];
  const body = factory.body as Node;
  if (exportsParam?.type !== 'Identifier' || requireParam?.type !== 'Identifier' || body.type !== 'BlockStatement') return [];
  const exportsName = exportsParam.name as string;
  const statements = body.body as Node[];
  let properties: Node[] | undefined;
  const definition = statements.find(
    (statement) => (properties = definedExports(statement, exportsName, requireParam.name as string)) !== undefined
  );
  if (!definition || !properties) return [];
  const declared = bindingsDeclared(code, statements);
  const assigned = namesAssigned(body);
  const kept: string[] = [];
  const atDefinition: string[] = [];
  const edits: Edit[] = [];
  for (const property of properties) {
    const binding = boundName(property);
    const declaredAt = binding === undefined || assigned.has(binding) ? undefined : declared.get(binding);
    if (declaredAt === undefined || binding === undefined) {
      kept.push(code.slice(property.start, property.end));
      continue;
    }
    const assignment = `${exportsName}${memberOf(property.key as Node)}=${binding};`;
    if (declaredAt === 'hoisted') atDefinition.push(assignment);
    else edits.push({ from: declaredAt.end, to: declaredAt.end, text: `${declaredAt.separator}${assignment}` });
  }
  const call = definition.expression as Node;
  const keptCall = kept.length ? `${code.slice(call.start, (call.arguments as Node[])[1]!.start)}{${kept.join(',')}});` : '';
  edits.push({ from: definition.start, to: definition.end, text: keptCall + atDefinition.join('') });
  return edits;
}

/** The properties of `require.d(exports, {...})` if `statement` is that call. */
function definedExports(statement: Node, exportsName: string, requireName: string): Node[] | undefined {
  const call = statement.type === 'ExpressionStatement' ? (statement.expression as Node) : undefined;
  const callee = call?.callee as Node | undefined;
  const [target, getters] = (call?.arguments as Node[] | undefined) ?? [];
  const isDefine =
    call?.type === 'CallExpression' &&
    callee?.type === 'MemberExpression' &&
    !callee.computed &&
    (callee.object as Node).type === 'Identifier' &&
    (callee.object as Node).name === requireName &&
    (callee.property as Node).name === 'd' &&
    target?.type === 'Identifier' &&
    target.name === exportsName &&
    getters?.type === 'ObjectExpression';
  return isDefine ? (getters.properties as Node[]) : undefined;
}

/** The binding a getter `() => name` returns. */
function boundName(property: Node): string | undefined {
  const getter = property.value as Node;
  const returned = getter.body as Node;
  const plain = property.type === 'Property' && !property.computed && getter.type === 'ArrowFunctionExpression';
  return plain && (getter.params as Node[]).length === 0 && returned.type === 'Identifier' ? (returned.name as string) : undefined;
}

function memberOf(key: Node): string {
  const name = key.type === 'Identifier' ? (key.name as string) : String(key.value);
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** Where a class or a constant's declaration ends, and what a statement after it needs first. */
interface DeclarationEnd {
  end: number;
  separator: string;
}

/** The factory's own function declarations (hoisted), classes and constants (where their declaration ends). */
function bindingsDeclared(code: string, statements: Node[]): Map<string, 'hoisted' | DeclarationEnd> {
  const declared = new Map<string, 'hoisted' | DeclarationEnd>();
  for (const statement of statements) {
    if (statement.type === 'FunctionDeclaration') {
      declared.set((statement.id as Node).name as string, 'hoisted');
    } else if (statement.type === 'ClassDeclaration') {
      declared.set((statement.id as Node).name as string, { end: statement.end, separator: '' });
    } else if (statement.type === 'VariableDeclaration' && statement.kind === 'const') {
      // A minifier leaves out the semicolon of a factory's last statement.
      const separator = code[statement.end - 1] === ';' ? '' : ';';
      for (const { id } of statement.declarations as Array<{ id: Node }>) {
        if (id.type === 'Identifier') declared.set(id.name as string, { end: statement.end, separator });
      }
    }
  }
  return declared;
}

/**
 * Every name assigned anywhere in `node`, in any scope, or declared with `var` (which may bind a function's name
 * again): a name shadowed and assigned keeps its getter too.
 */
function namesAssigned(node: Node): Set<string> {
  const assigned = new Set<string>();
  const pending: Node[] = [node];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const target =
      next.type === 'AssignmentExpression'
        ? next.left
        : next.type === 'UpdateExpression'
          ? next.argument
          : (next.type === 'ForInStatement' || next.type === 'ForOfStatement') && (next.left as Node).type !== 'VariableDeclaration'
            ? next.left
            : undefined;
    const targets =
      next.type === 'VariableDeclaration' && next.kind === 'var' ? (next.declarations as Node[]).map((d) => d.id as Node) : [target];
    for (const name of targets.filter(isNode).flatMap(identifiersIn)) assigned.add(name);
    pending.push(...childrenOf(next));
  }
  return assigned;
}

function identifiersIn(pattern: Node): string[] {
  if (pattern.type === 'Identifier') return [pattern.name as string];
  if (pattern.type === 'MemberExpression') return [];
  return childrenOf(pattern).flatMap(identifiersIn);
}
