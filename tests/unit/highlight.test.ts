import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../lib/highlight/hit-test';
import { entityRanges, firstMention } from '../../lib/highlight/ranges';
import { analyzeLocal } from '../../lib/local';
import { fromMappedTextData, mappedTextData } from '../../lib/model/mapped-text';
import type { EntitySpan } from '../../lib/recognize/index';
import { loadPage, SEED_PAGES } from './helpers';

const text = (parts: Array<{ node: Text; start: number; end: number }>) =>
  parts.map((p) => p.node.data.slice(p.start, p.end)).join('');

describe('highlight ranges', () => {
  it('put every mention on the page characters it was read from, in the original script', async () => {
    const { extraction, normalized, spans, card } = await analyzeLocal(loadPage('hongkou-pinyin'));
    const ranges = entityRanges(spans, mappedTextData(normalized.text), extraction.main.model);
    const officials = ranges.filter((r) => r.kind === 'official');
    expect(officials.filter((r) => r.key === '李谦').map((r) => text(r.parts))).toEqual(
      Array(5).fill('李謙'),
    );
    expect(officials.length).toBe(card.officials.reduce((n, o) => n + o.mentions, 0));
    // A place read through pinyin annotations covers them: 北外灘街道 has none, 區(qū) does.
    const place = ranges.find((r) => r.key === '北外滩街道')!;
    expect(text(place.parts)).toBe('北外灘街道');
  });

  it('give every mention of an e-paper article non-empty page text, a building name whole', async () => {
    const { extraction, normalized, spans } = await analyzeLocal(loadPage('xuhui-epaper'));
    const ranges = entityRanges(spans, mappedTextData(normalized.text), extraction.main.model);
    for (const r of ranges) expect(text(r.parts).replace(/\s/g, '')).not.toBe('');
    const all = ranges.map((r) => text(r.parts));
    expect(all).toContain('凌云街道社区事务受理服务中心');
  });

  it('find the inner mention where a unit is nested in its building, the building elsewhere', () => {
    const doc = loadPage('xuhui-epaper');
    const node = doc.createTextNode('来到天平街道社区事务受理服务中心察看。');
    const building = {
      kind: 'place' as const,
      key: '天平街道社区事务受理服务中心',
      at: 2,
      parts: [{ node, start: 2, end: 16 }],
    };
    const unit = { kind: 'place' as const, key: '天平街道', at: 2, parts: [{ node, start: 2, end: 6 }] };
    for (const order of [
      [building, unit],
      [unit, building],
    ]) {
      const index = new MentionIndex(order);
      expect(index.at(node, 3)?.key).toBe('天平街道');
      expect(index.at(node, 8)?.key).toBe('天平街道社区事务受理服务中心');
      expect(index.at(node, 0)).toBeNull();
    }
  });

  it('find the first mention of an official in page order, whatever order the spans come in', async () => {
    const { extraction, normalized, spans } = await analyzeLocal(loadPage('eastday-traditional'));
    const ranges = entityRanges(spans, mappedTextData(normalized.text), extraction.main.model);
    const mentions = ranges.filter((r) => r.kind === 'official' && r.key === '应勇');
    expect(mentions.length).toBeGreaterThan(1);
    for (const order of [ranges, [...ranges].reverse()]) {
      const first = firstMention(order, 'official', '应勇')!;
      expect(text(first.parts)).toBe('應勇');
      // It is the mention nearest the start of the article text (the model's reading order).
      const model = extraction.main.model;
      expect(Math.min(...mentions.map((m) => m.at))).toBe(first.at);
      expect(model.text.slice(first.at, first.at + 2)).toBe('應勇');
      expect(model.text.slice(0, first.at)).not.toContain('應勇');
    }
    expect(firstMention(ranges, 'official', '不存在')).toBeNull();
  });

  it('put organisation mentions on the page, one inside a link, each with its own kind and name', async () => {
    const { extraction, normalized, card } = await analyzeLocal(loadPage('district-organizations'));
    const body = card.body.text;
    const spans: EntitySpan[] = [];
    for (const key of ['区民政局', '市委组织部', '临江康颐餐饮管理有限公司'])
      for (let i = body.indexOf(key); i >= 0; i = body.indexOf(key, i + key.length))
        spans.push({ kind: 'organization', key, start: i, end: i + key.length });
    const ranges = entityRanges(spans, mappedTextData(normalized.text), extraction.main.model);
    expect(ranges.length).toBe(spans.length);
    for (const r of ranges) {
      expect(r.kind).toBe('organization');
      expect(text(r.parts)).toBe(r.key);
    }
    expect(ranges.filter((r) => r.key === '区民政局').length).toBe(3);
    // 市委组织部 is the text of a link: the mention is that link's text node.
    const party = firstMention(ranges, 'organization', '市委组织部')!;
    expect(party.parts).toHaveLength(1);
    expect(party.parts[0]!.node.parentElement?.tagName).toBe('A');
    expect(firstMention(ranges, 'official', '市委组织部')).toBeNull();
  });

  it.each(SEED_PAGES)(
    'send the normalization map of %s as a few runs and get every unit back',
    async (name) => {
      const { normalized } = await analyzeLocal(loadPage(name));
      const map = normalized.text;
      const data = mappedTextData(map);
      const back = fromMappedTextData(JSON.parse(JSON.stringify(data)));
      expect(back.text).toBe(map.text);
      expect(Array.from(back.starts)).toEqual(Array.from(map.starts));
      expect(Array.from(back.ends)).toEqual(Array.from(map.ends));
      // Pinyin removed, script converted, paragraphs rejoined: still far fewer numbers than units.
      expect(data.runs.length).toBeLessThan(map.text.length / 2);
    },
  );
});
