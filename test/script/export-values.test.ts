import { describe, expect, it } from '@jest/globals';
import { exportsAsValues } from '../../script/export-values.js';
import { outOf } from '../support/bundle-sandbox.js';

// The shape ncc emits: a table of module factories that define their exports as getters (`r.d`, webpack's
// own), a require over it, the entry's code. Module 12 exports a function, a constant, a class, a `let`
// that changes, a re-export and a function declared in a block; 34 a function declaration reassigned later
// (assigned in another scope: it keeps its getter all the same); 56 a class read by 12's class at evaluation,
// and a constant as its last statement, with no semicolon; 78 a function whose name a `var` binds again.
const BUNDLE = `(function(){"use strict";var e={12:(e,t,r)=>{r.d(t,{a:()=>twice,b:()=>K,c:()=>C,d:()=>v,f:()=>s.x,"g-h":()=>L});
var s=r(34);var q=r(56);function twice(n){return 2*n}const K=21,L="l";class C extends q.Base{}let v=1;v++;{function inner(){}}},
34:(e,t,r)=>{r.d(t,{x:()=>x});function x(){return"x"}(()=>{x=function(){return"y"}})()},
56:(e,t,r)=>{r.d(t,{Base:()=>Base,N:()=>N});class Base{kind(){return"base"}}const N=1},
78:(e,t,r)=>{r.d(t,{w:()=>w});function w(){return"w"}var w=()=>"v"}};var c={};
function r(n){if(c[n])return c[n].exports;var o=c[n]={exports:{}};e[n](o,o.exports,r);return o.exports}
r.d=(t,g)=>{for(var k in g)if(Object.prototype.hasOwnProperty.call(g,k)&&!Object.prototype.hasOwnProperty.call(t,k))Object.defineProperty(t,k,{enumerable:true,get:g[k]})};
var m=r(12);globalThis.out=[m.a(m.b),new m.c().kind(),m.d,m.f(),m["g-h"],r(78).w(),Object.keys(m).sort().join()].join(" ")})();`;

describe('exportsAsValues', () => {
  it('sets a function, a constant and a class as properties, and keeps the getters of everything else', () => {
    const plain = exportsAsValues(BUNDLE);
    // The function where the getters were defined; the constants and the class right after their declarations.
    expect(plain).toContain('12:(e,t,r)=>{r.d(t,{d:()=>v,f:()=>s.x});t.a=twice;\nvar s=r(34)');
    expect(plain).toContain('const K=21,L="l";t.b=K;t["g-h"]=L;class C extends q.Base{}t.c=C;let v=1;');
    expect(plain).toContain('34:(e,t,r)=>{r.d(t,{x:()=>x});function x()');
    expect(plain).toContain('56:(e,t,r)=>{class Base{kind(){return"base"}}t.Base=Base;const N=1;t.N=N;}');
    expect(plain).toContain('78:(e,t,r)=>{r.d(t,{w:()=>w});function w()');
  });

  it('gives code that does what the bundle did', () => {
    expect(outOf(exportsAsValues(BUNDLE))).toBe(outOf(BUNDLE));
    expect(outOf(BUNDLE)).toBe('42 base 2 y l v a,b,c,d,f,g-h');
  });

  it('refuses code that has no module table, rather than emit it unchanged', () => {
    expect(() => exportsAsValues('var a = { x: () => 1 };')).toThrow('no module table found in the bundle');
  });
});
