import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { readPageMeta } from '../../lib/extract/page-meta';
import { analyze } from '../../lib/local';

const BODY = `
<p>会议研究了今年全县重点项目建设推进情况，听取了各牵头单位的工作汇报，要求各单位倒排工期、挂图作战，确保项目按期开工、早日见效。</p>
<p>会议还审议通过了县城老旧小区改造实施方案，明确今年完成改造小区十二个，惠及居民三千余户，同步推进加装电梯和停车位建设。</p>
<p>会议强调，各部门要加强协调配合，及时解决项目推进中遇到的困难和问题，以实打实的成效回应群众期盼。</p>`;

function page(head: string, body = BODY) {
  return parseDocument(
    `<!DOCTYPE html><html><head>${head}</head><body><div class="content">${body}</div></body></html>`,
  );
}

describe('page metadata is plain text', () => {
  it('strips markup a CMS pasted into ArticleTitle, escaped once more than needed', () => {
    const doc = page(
      '<meta name="ArticleTitle" content="&lt;div class=&quot;title&quot;&gt;石门县召开县政府常务会议&lt;/div&gt;">',
    );
    expect(readPageMeta(doc).tags.get('articletitle')).toBe('石门县召开县政府常务会议');
  });

  it('decodes references left after the parser, and keeps inline markup from splitting words', () => {
    const doc = page(
      [
        '<meta name="ArticleTitle" content="文旅&amp;amp;体育&amp;nbsp;融合&lt;br&gt;&amp;#x53D1;&amp;#23637;">',
        '<meta name="description" content="石门县<b>常务</b>会议">',
        '<meta property="og:url" content="https://example.gov.cn/a?id=1&copy=2">',
        '<title>石门县召开县政府常务会议&amp;nbsp;_&amp;nbsp;石门县人民政府</title>',
      ].join(''),
    );
    const meta = readPageMeta(doc);
    expect(meta.tags.get('articletitle')).toBe('文旅&体育 融合 发展');
    expect(meta.tags.get('description')).toBe('石门县常务会议');
    expect(meta.tags.get('og:url')).toBe('https://example.gov.cn/a?id=1&copy=2');
    expect(meta.documentTitle).toBe('石门县召开县政府常务会议 _ 石门县人民政府');
  });

  it('gives the card the plain headline when only the metas name it', async () => {
    const doc = page(
      '<meta name="ArticleTitle" content="&lt;p&gt;石门县召开县政府常务会议&lt;/p&gt;"><meta name="PubDate" content="2024-05-10">',
    );
    const card = await analyze(doc, { url: null });
    expect(card.title).toBe('石门县召开县政府常务会议');
  });

  it('reads JSON-LD headlines the same way', () => {
    const doc = page(
      '<script type="application/ld+json">{"headline":"石门县召开&lt;em&gt;县政府&lt;/em&gt;常务会议&amp;nbsp;"}</script>',
    );
    expect(readPageMeta(doc).jsonLd.headline).toBe('石门县召开县政府常务会议');
  });
});

describe('assets/html4-entities.json', () => {
  it("holds HTML 4.01's 252 named references, each the character the HTML standard gives it", async () => {
    const { decodeHTMLStrict } = await import('entities');
    const table: Record<string, number> = (await import('../../assets/html4-entities.json')).default;
    const names = Object.keys(table);
    expect(names).toHaveLength(252);
    for (const name of names)
      expect(String.fromCodePoint(table[name]!), name).toBe(decodeHTMLStrict(`&${name};`));
    for (const name of ['nbsp', 'ldquo', 'rdquo', 'mdash', 'middot', 'hellip'])
      expect(table).toHaveProperty(name);
  });

  it('leaves an unknown name, a lone surrogate and a reference without its semicolon as printed', () => {
    const doc = page('<meta name="description" content="A&amp;foo;B &amp;#xD800; C&amp;amp D">');
    expect(readPageMeta(doc).tags.get('description')).toBe('A&foo;B &#xD800; C&amp D');
  });
});
