import { describe, expect, it } from '@jest/globals';
import { eagerModuleFactories } from '../../script/eager-factories.js';
import { outOf } from '../support/bundle-sandbox.js';

// The shape ncc emits: a table of module factories, a require over it, the entry's code.
// Module 56 reads its own `this` (webpack calls a factory with the module's exports as `this`), 78 its
// enclosing function's `arguments`: both stay arrows, whose meaning of them a function expression would change.
const BUNDLE = `(function(){"use strict";var e={12:(e,t,r)=>{t.twice=n=>2*n},34:function(e,t,r){e.exports={label:"{7:()=>0}"}},
56:(e,t,r)=>{t.self=typeof this},78:(e,t,r)=>{t.outer=arguments.length},90:(e,t,r)=>{t.inner=function(){return this===t}}};var c={};
function r(n){if(c[n])return c[n].exports;var o=c[n]={exports:{}};e[n].call(o.exports,o,o.exports,r);return o.exports}
globalThis.out=r(12).twice(21)+r(34).label+r(56).self+r(78).outer+r(90).inner.call(r(90))})(1,2);`;

describe('eagerModuleFactories', () => {
  it('makes each factory of the module table a parenthesised function expression, and changes nothing else', () => {
    const eager = eagerModuleFactories(BUNDLE);
    expect(eager).toContain('{12:(function(e,t,r){t.twice=n=>2*n}),34:(function(e,t,r){e.exports={label:"{7:()=>0}"}}),');
    expect(eager).toContain('56:((e,t,r)=>{t.self=typeof this}),78:((e,t,r)=>{t.outer=arguments.length}),');
    expect(eager).toContain('90:(function(e,t,r){t.inner=function(){return this===t}})}');
    const rest = (code: string): string => code.slice(code.indexOf(';var c={}'));
    expect(rest(eager)).toBe(rest(BUNDLE));
  });

  it('gives code that does what the bundle did', () => {
    expect(outOf(eagerModuleFactories(BUNDLE))).toBe(outOf(BUNDLE));
    expect(outOf(BUNDLE)).toBe('42{7:()=>0}undefined2true');
  });

  it('refuses code that has no module table, rather than emit it unchanged', () => {
    expect(() => eagerModuleFactories('var a = { x: () => 1 };')).toThrow('no module table found in the bundle');
  });
});
