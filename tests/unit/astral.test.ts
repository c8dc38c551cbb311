import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { type Analysis, analyzeDocument } from '../../lib/analyze';
import { localServices } from '../../lib/normalize/local-services';

/** Emoji of every shape a page prints, and characters beyond the BMP. */
const EMOJI = {
  family: '👨\u200d👩\u200d👧', // ZWJ sequence
  thumbs: '👍🏽', // skin-tone modifier
  flag: '🇨🇳', // regional indicators
  keycap: '1️⃣', // keycap sequence
  heart: '❤️', // VS16
  rocket: '🚀',
};
const ASTRAL_HAN = '𠮷'; // CJK Extension B, two UTF-16 units

/** A district news article of our own with emoji around names, in the headline and in sentences. */
function page(traditional: boolean): string {
  const z = (s: string, t: string) => (traditional ? t : s);
  return `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>🎉${z('区长赵雅琴到滨河街道检查防汛工作', '區長趙雅琴到濱河街道檢查防汛工作')}👍_临江区人民政府</title></head><body>
<div class="detail"><h1>🎉${z('区长赵雅琴到滨河街道检查防汛工作', '區長趙雅琴到濱河街道檢查防汛工作')}👍</h1>
<div class="info"><span>发布时间：2024-06-18 16:20</span><span>来源：临江区融媒体中心</span></div>
<div class="content">
<p>6月18日下午，${z('区委副书记、区长赵雅琴', '區委副書記、區長趙雅琴')}😀到滨河街道🏠检查防汛防台工作，副区长郑海涛${EMOJI.thumbs}参加检查。</p>
<p>🌊赵雅琴一行先后来到滨河街道防汛物资仓库、沿江泵站和老旧小区改造工地，详细了解物资储备和值班值守情况💪。</p>
<p>在沿江泵站，赵雅琴强调，要压紧压实防汛责任，确保人民群众生命财产安全${EMOJI.family}。郑海涛要求各部门加强协同${EMOJI.rocket}，做好应急处置准备${EMOJI.keycap}。</p>
<p>居民${ASTRAL_HAN}大爷说：“有了新泵站，心里踏实${EMOJI.heart}。”滨河街道负责同志汇报了街道防汛工作情况${EMOJI.flag}。</p>
<p>会上，赵\u200d雅琴还听取了区水务局关于沿江泵站运行情况的汇报。</p>
</div></div></body></html>`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const PICTURE = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u20E3|\u200D/u;

/** Every string in a card, with where it is. */
function strings(x: unknown, at = 'card'): Array<[string, string]> {
  if (typeof x === 'string') return [[at, x]];
  if (Array.isArray(x)) return x.flatMap((y, i) => strings(y, `${at}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

/** Whether an offset falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && /[\uD800-\uDBFF]/.test(text[i - 1]!) && /[\uDC00-\uDFFF]/.test(text[i]!);

for (const traditional of [false, true]) {
  describe(`emoji and astral characters stay whole (${traditional ? 'traditional' : 'simplified'} page)`, () => {
    let a: Analysis;
    const read = async () => {
      a ??= await analyzeDocument(parseDocument(page(traditional)), { services: localServices });
      return a;
    };

    it('keeps every emoji sequence and astral character whole in the body', async () => {
      const { card } = await read();
      expect(card.language).toBe(traditional ? 'zh-Hant' : 'zh-Hans');
      for (const [kind, e] of Object.entries(EMOJI)) expect(card.body.text, kind).toContain(e);
      expect(card.body.text).toContain(`居民${ASTRAL_HAN}大爷`);
      // A zero-width joiner between Han characters is no picture: it goes, and the name reads whole.
      expect(card.body.text).toContain('会上，赵雅琴还听取');
      for (const [where, s] of strings(card)) expect(LONE_SURROGATE.test(s), where).toBe(false);
    });

    it("never makes an emoji part of a name, an official's title or a phrase the card lists", async () => {
      const { card } = await read();
      // The headline as printed, its emoji whole (no half of one left at a trimmed edge).
      expect(card.title).toContain('区长赵雅琴到滨河街道检查防汛工作');
      expect(LONE_SURROGATE.test(card.title!)).toBe(false);
      expect(card.officials.map((o) => o.name)).toEqual(['赵雅琴', '郑海涛']);
      // Each paragraph names her once, the one with a joiner inside her name too.
      expect(card.officials[0]!.mentions).toBe(4);
      const names = [
        ...card.officials.flatMap((o) => [o.name, ...o.titles]),
        ...card.persons.map((p) => p.name),
        ...card.places.map((p) => p.name),
        ...card.organizations.map((o) => o.name),
        ...card.policyPhrases.map((p) => p.text),
        ...card.quotes.map((q) => q.speaker),
      ];
      for (const name of names) expect(PICTURE.test(name), name).toBe(false);
    });

    it('places every mention on whole characters, in the normalized and in the page text', async () => {
      const { spans, normalized, extraction } = await read();
      const text = normalized.text;
      const raw = extraction.main.model.text;
      expect(spans.length).toBeGreaterThan(5);
      for (const s of spans) {
        expect(splitsPair(text.text, s.start) || splitsPair(text.text, s.end), s.key).toBe(false);
        expect(PICTURE.test(text.text.slice(s.start, s.end)), s.key).toBe(false);
        const source = text.toSource(s.start, s.end);
        expect(splitsPair(raw, source.start) || splitsPair(raw, source.end), s.key).toBe(false);
        expect(PICTURE.test(raw.slice(source.start, source.end)), s.key).toBe(false);
      }
    });
  });
}
