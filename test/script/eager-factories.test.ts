import { describe, expect, it } from '@jest/globals';
import { runInNewContext } from 'node:vm';
import { eagerModuleFactories } from '../../script/eager-factories.js';

// The shape ncc emits: a table of module factories, a require over it, the entry's code.
const BUNDLE = `(()=>{var e={12:(e,t,r)=>{t.twice=n=>2*n},34:function(e,t,r){e.exports={label:"{7:()=>0}"}}};var c={};
function r(n){if(c[n])return c[n].exports;var o=c[n]={exports:{}};e[n](o,o.exports,r);return o.exports}
out=r(12).twice(21)+r(34).label})();`;

describe('eagerModuleFactories', () => {
  it('wraps each factory of the module table in parentheses and changes nothing else', () => {
    const eager = eagerModuleFactories(BUNDLE);
    expect(eager).toContain('{12:((e,t,r)=>{t.twice=n=>2*n}),34:(function(e,t,r){e.exports={label:"{7:()=>0}"}})}');
    expect(eager.replace(/[()]/g, '')).toBe(BUNDLE.replace(/[()]/g, ''));
  });

  it('gives code that does what the bundle did', () => {
    const run = (code: string): unknown => {
      const sandbox: { out?: unknown } = {};
      runInNewContext(code, sandbox);
      return sandbox.out;
    };
    expect(run(eagerModuleFactories(BUNDLE))).toBe(run(BUNDLE));
    expect(run(BUNDLE)).toBe('42{7:()=>0}');
  });

  it('refuses code that has no module table, rather than emit it unchanged', () => {
    expect(() => eagerModuleFactories('var a = { x: () => 1 };')).toThrow('no module table found in the bundle');
  });
});
