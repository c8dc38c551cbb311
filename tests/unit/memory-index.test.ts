import { describe, expect, it } from 'vitest';
import { MemoryIndex } from '../../scripts/bench/memory-index';

const A = {
  url: 'https://example.gov.cn/a.html',
  head: '街道召开居民区书记例会\n王建国',
  body: '会上，王建国听取各居民区书记汇报旧区改造进展。',
};
const B = {
  url: 'https://example.gov.cn/b.html',
  head: '区政府常务会议',
  body: '会议研究居民区垃圾分类工作，要求各居民区书记抓好落实。',
};
const C = { url: 'https://example.gov.cn/c.html', head: '防汛工作部署', body: '区防汛指挥部部署汛期工作。' };

const sorted = (s: Set<string> | null) => (s ? [...s].sort() : s);

describe('memory index (MiniSearch with CJK bigrams)', () => {
  it('finds a name in one article and common words in most, every bigram required', () => {
    const index = MemoryIndex.of([A, B, C]);
    expect(sorted(index.candidates(['王建国']))).toEqual([A.url]);
    expect(sorted(index.candidates(['居民区', '书记']))).toEqual([A.url, B.url]);
    expect(sorted(index.candidates(['防汛', '书记']))).toEqual([]);
    // A query without two Han characters narrows nothing: the substring check decides.
    expect(index.candidates(['区'])).toBeNull();
  });

  it('follows updates and removals', () => {
    const index = MemoryIndex.of([A, B, C]);
    index.put({ ...C, body: '区防汛指挥部部署汛期工作，王建国出席。' });
    expect(sorted(index.candidates(['王建国']))).toEqual([A.url, C.url]);
    index.put({ ...A, head: '街道例会', body: '旧区改造进展。' });
    expect(sorted(index.candidates(['王建国']))).toEqual([C.url]);
    index.remove(C.url);
    expect(sorted(index.candidates(['王建国']))).toEqual([]);
    expect(index.size).toBe(2);
  });

  it("finds an article by the reader's notes", () => {
    const index = MemoryIndex.of([A, B, { ...C, notes: '值得跟进：排涝泵站建设' }]);
    expect(sorted(index.candidates(['排涝泵站']))).toEqual([C.url]);
  });

  it('comes back the same from its JSON', () => {
    const index = MemoryIndex.of([A, B, C]);
    const again = MemoryIndex.load(index.toJSON());
    expect(sorted(again.candidates(['居民区', '书记']))).toEqual([A.url, B.url]);
    again.remove(A.url);
    expect(sorted(again.candidates(['居民区', '书记']))).toEqual([B.url]);
  });
});
