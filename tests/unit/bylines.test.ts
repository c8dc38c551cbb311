import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { bareNames, namesIn, readMetaLine, surnameLed } from '../../lib/extract/byline';
import { analyze } from '../../lib/local';
import { loadPage } from './helpers';

describe('what makes a byline token a name', () => {
  it('reads a name after its role word, and no field label after it', () => {
    expect(namesIn('作者：林晓 时间：2023-05-01 10:20')).toEqual(['林晓']);
    // A pen name is a name where the page says one follows; "访问统计：" labels a field.
    expect(namesIn('- 作者： 青禾 访问统计：　2021年03月02日 加入收藏')).toEqual(['青禾']);
    expect(namesIn('作者： size="20" 来源： size="20" 发布日期： 7/5/2005')).toEqual([]);
  });

  it('takes further tokens of a byline only where they start with a surname', () => {
    expect(namesIn('作者： 赵宁 出自[南风出版社]')).toEqual(['赵宁']);
    expect(namesIn('作者：涅水 2020年01月12日18:32 浏览：272 收藏 觉得不错，我要 赞赏')).toEqual(['涅水']);
    expect(namesIn('本报实习生 刘海涛 周敏')).toEqual(['刘海涛', '周敏']);
    expect(namesIn('王小平 方芳 柏林峰')).toEqual(['王小平', '方芳', '柏林峰']);
  });

  it('reads a name glued to a reporter role, never a word glued to another role', () => {
    expect(namesIn('本报记者罗晓明发自北京')).toEqual(['罗晓明']);
    expect(namesIn('记者韩雪')).toEqual(['韩雪']);
    expect(namesIn('[作者简介] (个人情况保密)')).toEqual([]);
    expect(namesIn('在线荐稿记者博客联系记者')).toEqual([]);
  });

  it('never reads an outlet, a staff number, a follow button or a region label as a name', () => {
    expect(namesIn('2024年05月16日 17:02 北方日报作者：北方日报')).toEqual([]);
    expect(namesIn('法新社')).toEqual([]);
    expect(namesIn('责任编辑：王琳_NB1234')).toEqual(['王琳']);
    expect(namesIn('关注')).toEqual([]);
    expect(namesIn('来自海南')).toEqual([]);
  });

  it('reads photo credits, in either script', () => {
    expect(namesIn('新华社发（周立新摄）')).toEqual(['周立新']);
    expect(namesIn('陳立群 攝')).toEqual(['陳立群']);
    expect(surnameLed('陳立群')).toBe(true);
    expect(surnameLed('歐陽明')).toBe(true);
    expect(surnameLed('茉莉')).toBe(false);
  });

  it('reads bare names in parentheses only where every one starts with a surname', () => {
    expect(bareNames('刘明、杨洁')).toEqual(['刘明', '杨洁']);
    expect(bareNames('钟文 上海报道')).toEqual(['钟文']);
    for (const s of ['上海发布', '新华社', '人民网', '完', '下同', '略'] as const)
      expect(bareNames(s)).toBeNull();
  });

  it('reads a writer printed in brackets beside the date of a metadata line', () => {
    expect(readMetaLine('2004年7月16日08:19 [ 黄晓 ]　 来源：[ 北方日报 ]').names).toEqual(['黄晓']);
    expect(readMetaLine('[ 图集 ]　[ 视频 ]').names).toEqual([]);
  });
});

describe('bylines on the page', () => {
  it('reads a byline broken over two lines, an indented 本报讯（记者…） and a closing （… 上海报道）, editors too', () => {
    const ex = extract(loadPage('paper-bylines'));
    expect(ex.main.authors.slice(0, 8)).toEqual([
      '刘海涛',
      '周敏',
      '王小平',
      '方芳',
      '柏林峰',
      '叶青',
      '钟文',
      '郝明',
    ]);
    expect(ex.main.authors).toContain('杨帆');
    expect(ex.main.authors).not.toContain('访问统计');
    const body = ex.main.model.text.replace(/\s+/g, '');
    // The bare 本报讯 and its byline are cut (the seeds' convention); the byline lines are no body text.
    expect(body.startsWith('老城区一幢危房在拆除时突然倒塌')).toBe(true);
    expect(body).not.toMatch(/实习生|王小平|钟文/);
    expect(body.endsWith('无资质施工的一律叫停。')).toBe(true);
  });

  it('reads an agency dateline of bare names, a glued photo credit and a closing （name） line, not the UI beside them', async () => {
    const ex = extract(loadPage('agency-bylines'));
    expect(ex.main.authors).toEqual(['刘明', '杨洁', '周立新', '袁清']);
    const body = ex.main.model.text.replace(/\s+/g, '');
    // The agency's dateline stays in the body as printed, with its byline.
    expect(body.startsWith('新华社湛江5月12日电（刘明、杨洁）由我国自主设计建造')).toBe(true);
    expect(body).not.toContain('袁清');
    const card = await analyze(loadPage('agency-bylines'));
    // Authors are no persons of the text.
    expect(card.persons.map((p) => p.name)).not.toEqual(expect.arrayContaining(['刘明']));
    expect(card.source).not.toBe('袁清');
  });
});
