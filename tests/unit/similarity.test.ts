import { describe, expect, it } from 'vitest';
import type { Card } from '../../lib/card';
import { analyze } from '../../lib/local';
import { PrintIndex, packedSize, rankPacked } from '../../lib/store/print-index';
import { distance, fingerprint, mostRelated, NEAR_DUPLICATE_BITS, relate } from '../../lib/store/similarity';
import { loadExpected, loadPage, SEED_PAGES } from './helpers';

async function cards(): Promise<Record<string, Card>> {
  const out: Record<string, Card> = {};
  for (const name of SEED_PAGES) out[name] = await analyze(loadPage(name));
  return out;
}

describe('related articles', () => {
  it('recognises the same story, edited, as a near-duplicate (bodies are compared normalized, in either script)', async () => {
    const { 'eastday-traditional': card } = await cards();
    const a = fingerprint(card!);
    // The same body, edited a little: one sentence dropped.
    const edited = {
      ...card!,
      body: { ...card!.body, text: card!.body.text.replace(/李强说,困难家庭[^。]+。/, '') },
    };
    expect(distance(a, fingerprint(edited))).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    expect(relate(a, fingerprint(edited)).nearDuplicate).toBe(true);
  });

  it('tells why articles are related and ranks those sharing officials first', async () => {
    const all = await cards();
    const current = fingerprint(all['xuhui-epaper']!);
    const saved = Object.entries(all)
      .filter(([name]) => name !== 'xuhui-epaper')
      .map(([name, card]) => ({ name, fingerprint: fingerprint(card) }));
    const related = mostRelated(current, saved);
    // 李强 visits in 001 and 002; 002 also names 习近平, as 000 does.
    expect(related[0]!.item.name).toBe('waitan-newsletter');
    expect(related[0]!.relation.shared.officials).toEqual(['李强', '习近平']);
    const eastday = related.find((r) => r.item.name === 'eastday-traditional');
    expect(eastday?.relation.shared.officials).toEqual(['李强']);
    // 朱勤皓 is named in 000 (市民政局局长) and 003 (区人大常委会主任): a shared name, shown as such.
    expect(related.find((r) => r.item.name === 'hongkou-pinyin')?.relation.shared.officials).toContain(
      '朱勤皓',
    );
    expect(related.every((r) => !r.relation.nearDuplicate)).toBe(true);
  });

  it('recognises a district site reprinting a traditional-script story in simplified as the same story', async () => {
    const all = await cards();
    const reprint = await analyze(loadPage('changning-reprint'));
    const expected = loadExpected('changning-reprint');
    // The reprint page reads cleanly: no 长者模式 toolbar, share row, related links or ICP footer.
    expect([reprint.title, reprint.date, reprint.source]).toEqual([
      expected.title,
      expected.date,
      expected.source,
    ]);
    expect(reprint.body.paragraphs).toEqual(expected.paragraphs);
    const saved = Object.entries(all).map(([name, card]) => ({ name, fingerprint: fingerprint(card) }));
    const related = mostRelated(fingerprint(reprint), saved);
    expect(related[0]!.item.name).toBe('eastday-traditional');
    expect(related[0]!.relation.nearDuplicate).toBe(true);
    expect(related[0]!.relation.shared.officials).toEqual(expect.arrayContaining(['李强', '应勇']));
    expect(related.slice(1).every((r) => !r.relation.nearDuplicate)).toBe(true);
  });

  it('ranks the packed fingerprints of a library exactly as the plain ranking does, after puts and removals', async () => {
    const all = await cards();
    const reprint = await analyze(loadPage('changning-reprint'));
    const saved = [...Object.entries(all), ['changning-reprint', reprint] as const].map(([name, card]) => ({
      url: name,
      fingerprint: fingerprint(card),
    }));
    const index = PrintIndex.of(saved);
    index.remove('hongkou-pinyin');
    index.putFingerprint('waitan-newsletter', fingerprint(all['waitan-newsletter']!));
    const packed = index.encode();
    expect(packedSize(packed)).toBe(5);
    const kept = saved.filter((s) => s.url !== 'hongkou-pinyin');
    for (const [name, card] of Object.entries(all)) {
      const plain = mostRelated(
        fingerprint(card),
        kept.filter((s) => s.url !== name),
      ).map((r) => r.item.url);
      expect(rankPacked(PrintIndex.decode(packed).encode(), fingerprint(card), name)).toEqual(plain);
    }
  });
});
