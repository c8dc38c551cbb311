/**
 * Transliterated names after a post (issue 12): the extent from the tagger's learned transliteration
 * characters, guarded by CC-CEDICT's common words. Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { foreignNameAfterPost, foreignRunEnd } from '../../lib/recognize/foreign-names';
import { recognize } from '../../lib/recognize/index';
import { isForeignNameChar as isForeignChar } from '../../lib/recognize/lexicon-words';

const officials = (text: string) => recognize(text, []).officials.map((o) => [o.name, o.titles.join('|')]);
const placeNames = (text: string) => recognize(text, []).places.map((p) => p.name);

describe('transliterated names after a post', () => {
  it('reads the name after 总理 and 外长 and stops before the verb', () => {
    expect(officials('奥地利总理科尔进行了为期两天的访问。')).toEqual([['科尔', '奥地利总理']]);
    expect(officials('瑞典外长哈洛宁举行记者招待会。').map(([n]) => n)).toEqual(['哈洛宁']);
  });

  it('a name the tagger read as a place is no place on the card', () => {
    const text = '瑞典外长哈洛宁举行记者招待会。';
    expect(placeNames(text)).not.toContain('哈洛宁');
    expect(placeNames('奥地利总理科尔进行了访问。')).not.toContain('总理科尔');
  });

  it('the learned characters are transliteration characters, not the verbs after a name', () => {
    for (const c of '科尔哈洛') expect(isForeignChar(c)).toBe(true);
    for (const c of '进举是说') expect(isForeignChar(c)).toBe(false);
  });

  it('a common word that leaves the run ends the name (科尔|马上)', () => {
    const text = '总理科尔马上表示';
    expect(isForeignChar('马')).toBe(true);
    expect(text.slice(2, foreignRunEnd(text, 2))).toBe('科尔');
  });

  it('parts joined by · or • are one name; a name cut after its separator is not read', () => {
    const text = '主席阿科·马里斯说';
    expect(text.slice(2, foreignRunEnd(text, 2))).toBe('阿科·马里斯');
    const bullet = '主席阿科•马里斯说';
    expect(bullet.slice(2, foreignRunEnd(bullet, 2))).toBe('阿科•马里斯');
    expect(foreignNameAfterPost('主席阿科·马里斯说', 2, undefined)).toBe('阿科·马里斯');
    expect(foreignNameAfterPost('主席阿科·', 2, undefined)).toBeNull();
  });

  it('no name where a listed place starts or where one character stands alone', () => {
    expect(foreignNameAfterPost('总理巴西', 2, undefined)).toBeNull();
    expect(foreignNameAfterPost('总理说', 2, undefined)).toBeNull();
    expect(foreignNameAfterPost('主席科进行', 2, undefined)).toBeNull();
  });
});
