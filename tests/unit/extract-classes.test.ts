import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { dateFromUrl } from '../../lib/extract/epaper';
import { isNotice } from '../../lib/extract/features';
import { loadPage } from './helpers';

/** The article's body as one string, white space removed. */
function bodyOf(name: string): string {
  return extract(loadPage(name)).main.model.text.replace(/\s+/g, '');
}

describe('tables are bodies too; notices never are', () => {
  it('reads a Word-exported penalty table as the body, not the 版权与免责声明 box below it', () => {
    const ex = extract(loadPage('penalty-table'));
    expect(ex.isArticle).toBe(true);
    const body = bodyOf('penalty-table');
    for (const cell of [
      '当事人名称',
      '松岚农村商业银行股份有限公司',
      '罚款四十万元',
      '警告并罚款五万元',
      '何静怡',
    ])
      expect(body).toContain(cell);
    expect(body).not.toMatch(/版权|转载|三十日内/);
  });

  it('tells copyright and reprint notices from sentences that mention the words', () => {
    expect(isNotice('免责声明：本内容来自平台创作者，不代表本网的观点和立场。')).toBe(true);
    expect(isNotice('本作品为原创，转载时务请注明出处。')).toBe(true);
    expect(isNotice('未经授权不得转载，违者必究。')).toBe(true);
    expect(
      isNotice(
        '会议要求，严厉打击未经许可擅自经营网约车的行为，维护群众合法权益，确保道路运输市场平稳有序。',
      ),
    ).toBe(false);
  });
});

describe('table-layout columns', () => {
  it('reads every paragraph of a cell that also holds long link lists, not its longest paragraph alone', () => {
    const ex = extract(loadPage('table-column'));
    expect(ex.isArticle).toBe(true);
    const body = bodyOf('table-column');
    expect(body.startsWith('3月5日，松岚县召开2024年春季植树造林动员会')).toBe(true);
    expect(body.endsWith('县直有关部门负责同志参加会议。')).toBe(true);
    expect(body).not.toContain('部署下一阶段重点任务');
  });
});

describe('page wrappers', () => {
  it('reads an article inside a page-wide ASP.NET <form>, before a sidebar of longer notes', () => {
    const ex = extract(loadPage('form-wrapped'));
    expect(ex.isArticle).toBe(true);
    expect(ex.main.title).toBe('松岚县召开2024年春季森林防火工作会议');
    expect(ex.main.date).toBe('2024-03-12');
    const body = bodyOf('form-wrapped');
    expect(body.startsWith('3月11日，松岚县召开')).toBe(true);
    expect(body.endsWith('确保火情发现早、处置快。')).toBe(true);
  });
});

describe('headlines', () => {
  it('keeps all three bold lines of a headline broken with <br> in a paragraph, not the note after it', () => {
    expect(extract(loadPage('bold-three-lines')).main.title?.replace(/\s+/g, '')).toBe(
      '松岚市人民代表大会常务委员会关于批准松岚市2023年市级决算和2024年上半年预算执行情况的决议',
    );
  });

  it('reads a title-classed headline that links to its own post, and not the 文丨 byline under it', () => {
    const ex = extract(loadPage('blog-permalink-title'));
    expect(ex.main.title).toBe('县城的夜市为什么越办越红火？');
    expect(ex.main.authors).toEqual(['韩涵']);
  });

  it('keeps both lines of a headline broken with <br>, and a column label out of title and body', () => {
    const ex = extract(loadPage('county-bylines'));
    expect(ex.main.title).toBe('松岚市委书记调研春耕生产 强调抓紧抓实粮食生产各项工作');
    expect(bodyOf('county-bylines')).not.toContain('书记市长这一周');
  });

  it('keeps a 文号 line under the headline out of the title and the body start', () => {
    const ex = extract(loadPage('notice-docnumber'));
    expect(ex.main.title).toBe('松岚县人民政府办公室关于印发松岚县防汛应急预案的通知');
    expect(bodyOf('notice-docnumber').startsWith('各乡镇人民政府，县政府各部门：')).toBe(true);
  });

  it('reads a bold headline of an old table page whose <title> is only the site', () => {
    const ex = extract(loadPage('bold-headline'));
    expect(ex.main.title).toBe('早稻育秧');
    expect(bodyOf('bold-headline').startsWith('清明前后是早稻育秧的关键时期')).toBe(true);
  });
});

describe('teaser feeds', () => {
  it('closes the article at a 相关新闻 label and does not date it by the related items', () => {
    const ex = extract(loadPage('related-photo-news'));
    const body = bodyOf('related-photo-news');
    expect(body.endsWith('做到件件有回应、事事有着落。')).toBe(true);
    expect(body).not.toMatch(/水库|邻里节|12个项目/);
    expect(ex.main.date).toBeNull();
    // A notice printed whole on its line (免责声明：…) is not a box label: the credit under it stays.
    expect(body).not.toContain('免责声明');
    expect(ex.main.authors).toEqual(['张毅']);
  });

  it('ends the article where a feed of linked headlines with one-line summaries begins', () => {
    const body = bodyOf('teaser-feed');
    expect(body.endsWith('做到件件有回应、事事有着落。')).toBe(true);
    expect(body).not.toMatch(/邻里节|12个项目|网络安全/);
  });
});

describe('bylines and datelines inside the body', () => {
  it('keeps 唐尧网讯（记者…） and 据新华社拉萨电（记者 …） in the body as printed, reading authors and source from them; a （记者 …） line alone is no body text', () => {
    const ex = extract(loadPage('county-bylines'));
    const body = bodyOf('county-bylines');
    // The column label before the dateline is cut; the dateline and its byline stay, as printed.
    expect(body.startsWith('唐尧网讯（记者刘向真）3月23日至24日，松岚市委书记赵国平')).toBe(true);
    expect(body).toContain('据新华社拉萨电（记者格桑边觉）西藏自治区日前启动春季植树造林行动');
    expect(body).not.toContain('书记市长这一周');
    expect(body).not.toContain('胡晓蓉');
    expect(body.endsWith('持续改善人居环境。')).toBe(true);
    expect(ex.main.authors).toEqual(['李文涛', '刘向真', '胡晓蓉', '格桑边觉', '张倩']);
    expect(ex.main.source).toBe('唐尧网');
  });

  it('never reads a share toolbar or a UI label as a name', () => {
    const names = extract(loadPage('county-bylines')).main.authors;
    for (const word of ['打印', '微博', '微信', '文档附件']) expect(names).not.toContain(word);
  });
});

describe('dates around the headline', () => {
  it('prefers the labelled 发表于 date to a blog header date printed before it', () => {
    expect(extract(loadPage('blog-dates')).main.date).toBe('2005-09-15T11:46:00');
  });
});

describe('e-paper pages', () => {
  it('date and source an article by the issue date and paper name in the page header', () => {
    const ex = extract(loadPage('epaper-header'));
    expect(ex.main.date).toBe('2024-05-20');
    expect(ex.main.source).toBe('松岚日报');
  });

  it('take the issue date from the address when the header prints none', () => {
    expect(dateFromUrl('http://epaper.example.cn/html/2024-05/20/content_31.htm')).toBe('2024-05-20');
    expect(dateFromUrl('http://epaper.example.cn/paper/20240520/03/node.htm')).toBe('2024-05-20');
    expect(dateFromUrl('http://www.example.gov.cn/art/2024/5/20/art_1_8.html')).toBeNull();
    const ex = extract(loadPage('xuhui-epaper'), {
      url: 'http://example.cn/xhb/html/2019-02/01/content_8.htm',
    });
    expect(ex.main.date).toBe('2019-02-01');
    expect(extract(loadPage('xuhui-epaper')).main.date).toBeNull();
  });
});
