import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { hides, isMaterial, type Mutation, measureChanges } from '../../lib/extract/changes';

const doc = () =>
  parseDocument(
    '<html><body><header>北京时间 <span id="clock">09:00:00.0</span></header><div id="live"></div>' +
      '<div id="js_content" style="display: none;"><p>记者从松岚区住房和城乡建设局获悉，今年起，全区符合条件的老旧小区可以申请加装电梯补贴，每台最高补贴二十万元。</p></div>' +
      '<div data-govlens=""><p>已识别文章：松岚区老旧小区加装电梯补贴标准公布。官员 3 位 · 5 处，地点 4 个 · 6 处，政策 2 项 · 2 处</p></div></body></html>',
  );

const childList = (target: Node, added: Node[], removed: Node[]): Mutation => ({
  type: 'childList',
  target,
  addedNodes: added,
  removedNodes: removed,
  attributeName: null,
  oldValue: null,
});

describe('what a change does to the text a reader sees', () => {
  it('a clock that ticks replaces its text by as much: never material, however often', () => {
    const d = doc();
    const clock = d.getElementById('clock')!;
    const ticks: Mutation[] = [];
    for (let i = 0; i < 100; i++) {
      const before = clock.firstChild!;
      clock.textContent = `09:00:${String(i).padStart(2, '0')}.${i % 10}`;
      ticks.push(childList(clock, [clock.firstChild!], [before]));
    }
    const change = measureChanges(ticks);
    expect(change.net).toBe(0);
    expect(isMaterial(change)).toBe(false);
  });

  it('an update of a live blog, an article put in or taken out, is material', () => {
    const d = doc();
    const p = d.createElement('p');
    p.textContent = '10:00 区委副书记、区长邵雨晴代表区人民政府作工作报告，会场多次响起热烈掌声。';
    d.getElementById('live')!.append(p);
    expect(isMaterial(measureChanges([childList(d.getElementById('live')!, [p], [])]))).toBe(true);
    expect(isMaterial(measureChanges([childList(d.getElementById('live')!, [], [p])]))).toBe(true);
  });

  it('a block of text swapped for another of the same length is material', () => {
    const d = doc();
    const a = d.createElement('p');
    const b = d.createElement('p');
    a.textContent = '松岚区召开防汛防台工作部署会，区委书记韩立峰出席并讲话，区长邵雨晴主持。';
    b.textContent = '松岚区召开营商环境工作推进会，区委书记韩立峰出席并讲话，区长邵雨晴主持。';
    const change = measureChanges([childList(d.body, [b], [a])]);
    expect(change.net).toBe(0);
    expect(isMaterial(change)).toBe(true);
  });

  it('an article shown by its style (display: none → block) is material; a style that changes nothing is not', () => {
    const d = doc();
    const content = d.getElementById('js_content')!;
    content.setAttribute('style', 'display: block;');
    const shown: Mutation = {
      type: 'attributes',
      target: content,
      addedNodes: [],
      removedNodes: [],
      attributeName: 'style',
      oldValue: 'display: none;',
    };
    expect(isMaterial(measureChanges([shown]))).toBe(true);
    expect(isMaterial(measureChanges([{ ...shown, oldValue: 'display: block; color: red;' }]))).toBe(false);
  });

  it('our own UI is not page text', () => {
    const d = doc();
    const ours = d.querySelector('[data-govlens]')!;
    expect(isMaterial(measureChanges([childList(d.body, [ours], [])], 'data-govlens'))).toBe(false);
    expect(isMaterial(measureChanges([childList(d.body, [ours], [])]))).toBe(true);
  });

  it('reads hiding as the DOM walk does', () => {
    expect(hides('style', 'display:none')).toBe(true);
    expect(hides('style', 'visibility: hidden')).toBe(true);
    expect(hides('style', 'display: block')).toBe(false);
    expect(hides('style', null)).toBe(false);
    expect(hides('hidden', '')).toBe(true);
    expect(hides('hidden', null)).toBe(false);
    expect(hides('aria-hidden', 'true')).toBe(true);
    expect(hides('aria-hidden', 'false')).toBe(false);
  });
});
