import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { buildCard } from '../../lib/build-card';
import { extract } from '../../lib/extract/index';
import { localServices } from '../../lib/local';
import { pageTextOf } from '../../lib/page-text';
import { readReaderTerms } from '../../lib/recognize/reader-glossary';

const TEXT = '会议要求，推进“楼门长”制度，落实安全生产责任。楼门长要每周巡查一次。';

describe('the reader’s own glossary', () => {
  it('reads each term as a policy phrase, counting its mentions, never inside what was found', () => {
    const found = {
      phrases: [{ text: '安全生产', mentions: 1, explanation: '馆藏解释' }],
      spans: [
        {
          kind: 'policy' as const,
          key: '安全生产',
          start: TEXT.indexOf('安全生产'),
          end: TEXT.indexOf('安全生产') + 4,
        },
      ],
    };
    const got = readReaderTerms(
      TEXT,
      [
        { term: '楼门长', explanation: '每栋楼的联络人' },
        { term: '安全', explanation: '读者自己的解释' },
        { term: '  ', explanation: '空词' },
        { term: '不存在的词', explanation: '' },
      ],
      found,
    );
    expect(got.phrases).toEqual([
      { text: '安全生产', mentions: 1, explanation: '馆藏解释' },
      { text: '楼门长', mentions: 2, explanation: '每栋楼的联络人' },
    ]);
    expect(got.spans.map((s) => TEXT.slice(s.start, s.end))).toEqual(['楼门长', '安全生产', '楼门长']);
    // Nothing given: what was found, unchanged.
    expect(readReaderTerms(TEXT, [], found)).toBe(found);
  });

  it('reaches the card through the page text, and changes nothing without terms', async () => {
    const html = `<html><head><title>关于推进楼门长制度的通知</title></head><body><article><h1>关于推进楼门长制度的通知</h1>
      <p>2024年11月20日，区政府召开会议，部署推进楼门长制度。会议要求各街道在年底前选好楼门长，明确楼门长的职责，定期开展培训。</p>
      <p>会议强调，楼门长要做好居民联系工作，及时反映群众诉求，协助社区做好安全检查。</p></article></body></html>`;
    const page = pageTextOf(extract(parseDocument(html)), 'https://www.example.gov.cn/a.html');
    const plain = await buildCard(page, localServices);
    expect(plain.card.policyPhrases.map((p) => p.text)).not.toContain('楼门长');
    const mine = await buildCard(
      { ...page, readerTerms: [{ term: '楼门长', explanation: '每栋楼的联络人' }] },
      localServices,
    );
    expect(mine.card.policyPhrases).toContainEqual({
      text: '楼门长',
      mentions: 4,
      explanation: '每栋楼的联络人',
    });
    expect(mine.spans.filter((s) => s.key === '楼门长')).toHaveLength(4);
  });
});
