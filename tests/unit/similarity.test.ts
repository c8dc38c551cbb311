import { describe, expect, it } from 'vitest';
import type { Card } from '../../lib/card';
import { analyze } from '../../lib/local';
import { distance, fingerprint, mostRelated, NEAR_DUPLICATE_BITS, relate } from '../../lib/store/similarity';
import { loadPage, SEED_PAGES } from './helpers';

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
});
