import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import labels from '../../assets/document-labels.json';
import { parseDocument } from '../../cli/parse-html';
import type { Card } from '../../lib/card';
import { toJSON, toMarkdown, toText } from '../../lib/export/index';
import { analyze } from '../../lib/local';
import { loadPage, PAGES } from './helpers';

describe('政府信息公开 block printed as a table', () => {
  let card: Card;
  beforeAll(async () => {
    card = await analyze(loadPage('xxgk-table'));
  });

  it('reads every field of the table', () => {
    expect(card.document).toEqual({
      indexNumber: '113309000024915762/2024-00031',
      issuer: '松岚市人民政府办公厅',
      docNumber: '松政办发〔2024〕7号',
      writtenDate: '2024-03-12',
      publishedDate: '2024-03-15',
      subject: '城乡建设、环境保护\\房地产业',
      validity: '有效',
    });
  });

  it('dates the article by 发布日期, not 成文日期, and names the 发文机关 as source', () => {
    expect(card.date?.slice(0, 10)).toBe('2024-03-15');
    expect(card.source).toBe('松岚市人民政府办公厅');
  });

  it('keeps the table and the 文号 line out of the body, and the signature and its 附注 in it', () => {
    expect(card.title).toBe('松岚市人民政府办公厅关于进一步做好老旧小区加装电梯工作的通知');
    expect(card.body.text).not.toMatch(/索\s*引\s*号|主题分类|113309000024915762|松政办发/);
    expect(card.body.paragraphs[0]).toBe('各区、县（市）人民政府，市政府各部门、各直属单位：');
    expect(card.body.paragraphs.slice(-3)).toEqual([
      '松岚市人民政府办公厅',
      '2024年3月12日',
      '（此件公开发布）',
    ]);
  });

  it('carries the block into the Markdown, text and JSON exports', () => {
    const md = toMarkdown(card);
    expect(md).toContain('## 公文信息');
    expect(md).toContain('- 文号：松政办发〔2024〕7号');
    expect(md).toContain('- 成文日期：2024-03-12');
    expect(toText(card)).toMatch(/^ {2}索引号：113309000024915762\/2024-00031$/m);
    expect(JSON.parse(toJSON(card)).document.issuer).toBe('松岚市人民政府办公厅');
  });
});

describe('政府信息公开 block printed as label lines', () => {
  let card: Card;
  beforeAll(async () => {
    card = await analyze(loadPage('xxgk-labels'));
  });

  it('reads the labelled values', () => {
    expect(card.document).toMatchObject({
      indexNumber: '11330900MB1742836X/2024-104587',
      issuer: '松岚市市场监督管理局',
      docNumber: '松市监罚决字〔2024〕52号',
      writtenDate: '2024-05-20',
      subject: '行政执法 / 行政处罚',
      validity: '有效',
    });
  });

  it('takes the printed 发布时间 as the date, not 生成日期 nor the signature date', () => {
    expect(card.date).toBe('2024-05-22T09:30');
  });

  it('leaves the 文号 line under the headline out of title, subtitle and body', () => {
    expect(card.title).toBe('松岚市市场监督管理局行政处罚决定书');
    expect(card.subtitle).toBeNull();
    expect(card.body.text).not.toContain('罚决字');
    expect(card.body.paragraphs.slice(-2)).toEqual(['松岚市市场监督管理局', '2024年5月20日']);
  });
});

describe('政府信息公开 page with <meta> tags and a 文号 line', () => {
  it('reads the 文号 under the headline and fills issuer and 发布日期 from ContentSource and PubDate', async () => {
    const card = await analyze(loadPage('xxgk-meta'));
    expect(card.document).toEqual({
      indexNumber: null,
      issuer: '松岚市住房和城乡建设局',
      docNumber: '松建规〔2024〕1号',
      writtenDate: null,
      publishedDate: '2024-01-08T16:20',
      subject: null,
      validity: null,
    });
    expect(card.title).toBe('松岚市住房和城乡建设局关于印发《松岚市住宅小区物业服务质量评价办法》的通知');
    expect(card.date).toBe('2024-01-08');
    expect(card.body.text).not.toContain('松建规');
    expect(card.body.paragraphs.at(-1)).toBe('2024年1月5日');
  });
});

const page = (body: string) =>
  parseDocument(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`,
  );

const PROSE =
  '<p>为进一步规范行政执法行为，提高执法质量，根据有关法律法规规定，结合本市实际，现就有关事项通知如下，请各单位认真贯彻执行，确保各项工作落到实处。</p>'.repeat(
    3,
  );

describe('what is and is not a 信息公开 block', () => {
  it('reads two labels on one line and treats 无 as empty', async () => {
    const card = await analyze(
      page(
        `<div class="info"><p>索引号：SL-2024-0088　　发布机构：松岚区民政局</p><p>文号：无　　主题分类：民政、扶贫、救灾</p></div><h1>松岚区民政局关于开展2024年度社会组织年检工作的通知</h1>${PROSE}`,
      ),
    );
    expect(card.document).toMatchObject({
      indexNumber: 'SL-2024-0088',
      issuer: '松岚区民政局',
      docNumber: null,
      subject: '民政、扶贫、救灾',
    });
  });

  it('reads labels set apart without a colon (<label>索引号</label> <span>…</span>)', async () => {
    const card = await analyze(
      page(
        `<ul class="xxgk"><li><label>索引号</label> <span>SL-001/2024-12</span></li><li><label>发布机构</label> <span>松岚区民政局</span></li><li><label>成文日期</label> <span>2024-02-01</span></li></ul><h1>松岚区民政局关于开展社会组织年检的通知</h1>${PROSE}`,
      ),
    );
    expect(card.document).toMatchObject({
      indexNumber: 'SL-001/2024-12',
      issuer: '松岚区民政局',
      writtenDate: '2024-02-01',
    });
  });

  for (const [how, head] of [
    ['a heading of its own', '<h1>松岚市金融工作局行政处罚决定书</h1><h3>（松金罚决字〔2024〕52号）</h3>'],
    [
      'a second line of the headline',
      '<h1>松岚市金融工作局行政处罚决定书<br>（松金罚决字〔2024〕52号）</h1>',
    ],
  ]) {
    it(`a 文号 printed as ${how} is the docNumber, not a subtitle`, async () => {
      const card = await analyze(
        parseDocument(
          `<!DOCTYPE html><html><head><meta charset="utf-8"><title>松岚市金融工作局行政处罚决定书_松岚市人民政府</title></head><body><div class="article">${head}${PROSE}</div></body></html>`,
        ),
      );
      expect(card.title).toBe('松岚市金融工作局行政处罚决定书');
      expect(card.subtitle).toBeNull();
      expect(card.document?.docNumber).toBe('松金罚决字〔2024〕52号');
      expect(card.body.text).not.toContain('罚决字');
    });
  }

  it('a news page with 发布日期 and 来源 lines has no document block', async () => {
    const card = await analyze(
      page(
        `<h1>松岚区召开2024年防汛工作会议</h1><p>发布日期：2024-06-03　来源：松岚区应急管理局</p><p>分类：工作动态</p>${PROSE}`,
      ),
    );
    expect(card.isArticle).toBe(true);
    expect(card.document).toBeNull();
    expect(card.date).toBe('2024-06-03');
  });

  it('a catalogue of documents, each with its 文号 and 发布日期, is no article and has no block', async () => {
    const items = Array.from(
      { length: 25 },
      (_, i) =>
        `<li><a href="/gk/${i}.html">松岚区关于第${i + 1}批社会组织年检结果的公告</a><span>文号：松民〔2024〕${i + 1}号</span><span>发布日期：2024-02-${String((i % 27) + 1).padStart(2, '0')}</span></li>`,
    ).join('');
    const card = await analyze(page(`<h1>政府信息公开目录</h1><ul>${items}</ul>`));
    expect(card.isArticle).toBe(false);
    expect(card.document).toBeNull();
  });

  it('the seed pages and other fixtures print no block', async () => {
    const plain = fs
      .readdirSync(PAGES)
      // penalty-table and notice-docnumber print a 文号 under their headline: a block of one field.
      .filter((f) => f.endsWith('.html') && !f.startsWith('xxgk-'))
      .filter((f) => !['penalty-table.html', 'notice-docnumber.html'].includes(f))
      .map((f) => path.basename(f, '.html'));
    expect(plain.length).toBeGreaterThanOrEqual(10);
    for (const name of plain) expect((await analyze(loadPage(name))).document, name).toBeNull();
  });
});

describe('the signature of a notice', () => {
  it('stays in the body; a credit line and its date after a news story do not', async () => {
    const notice = await analyze(
      page(
        `<h1>松岚区关于做好2024年春节期间烟花爆竹安全管理工作的通告</h1>${PROSE}<p>松岚区人民政府</p><p>2024年1月26日</p>`,
      ),
    );
    expect(notice.body.paragraphs.slice(-2)).toEqual(['松岚区人民政府', '2024年1月26日']);
    const news = await analyze(
      page(`<h1>松岚区召开安全生产工作会议</h1>${PROSE}<p>编辑 周晓岚</p><p>2024年1月26日</p>`),
    );
    expect(news.body.text).not.toMatch(/周晓岚|2024年1月26日/);
  });
});

describe('assets/document-labels.json', () => {
  const fields = labels.fields as Record<string, string[]>;
  const all = [...Object.values(fields).flat(), ...labels.other];

  it('names one label list per card document field, each label once', () => {
    expect(Object.keys(fields).sort()).toEqual(
      ['docNumber', 'indexNumber', 'issuer', 'publishedDate', 'subject', 'validity', 'writtenDate'].sort(),
    );
    expect(new Set(all).size).toBe(all.length);
    for (const l of all) expect(l).toMatch(/^[\u4e00-\u9fff]{2,8}$/);
  });

  it('marks are labels, meta names are plain names, and the source is stated', () => {
    for (const m of labels.marks) expect(all).toContain(m);
    for (const names of Object.values(labels.meta)) for (const n of names) expect(n).toMatch(/^[A-Za-z]+$/);
    expect(labels.description).toMatch(/GB\/T 9704/);
    expect(labels.metaDescription).toMatch(/政府网站发展指引/);
  });
});
