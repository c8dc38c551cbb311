import { describe, expect, it } from 'vitest';
import { shapeTags } from '../../lib/recognize/tag-shape';
import type { EntitySpanTag } from '../../lib/recognize/tagger';

/** A tag over the first `s` in `text`. */
const tag = (text: string, s: string, type: EntitySpanTag['type']): EntitySpanTag => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, type };
};
const names = (text: string, tags: EntitySpanTag[]) =>
  shapeTags(text, tags).map((t) => text.slice(t.start, t.end));

describe('the tagger spans held to the shape of names', () => {
  it('stops a name before a photographer credit at the end of a caption', () => {
    const text = '图为开幕式现场。（周立新摄）';
    expect(names(text, [tag(text, '周立新摄', 'PER')])).toEqual(['周立新']);
    // Inside running text the character is the name's or the verb's to judge: no cut.
    const verb = '周立新摄制的纪录片获奖。';
    expect(names(verb, [tag(verb, '周立新摄', 'PER')])).toEqual(['周立新摄']);
  });

  it('reads no place from a body known by its whole name on (国务院振兴|东北办)', () => {
    const text = '国务院振兴东北办和联合国开发计划署派员参加，国务院新闻办通报。';
    expect(
      names(text, [
        tag(text, '国务院振兴', 'LOC'),
        tag(text, '联合国开发', 'LOC'),
        tag(text, '国务院新闻办', 'ORG'),
      ]),
    ).toEqual(['国务院新闻办']);
    // A place that only holds such a word later is left alone.
    const place = '中国驻联合国代表团所在的纽约。';
    expect(names(place, [tag(place, '纽约', 'LOC'), tag(place, '中国', 'LOC')])).toEqual(['纽约', '中国']);
  });

  it('ends a place or body before a bracket it does not close (乡（镇、街道）)', () => {
    const text = '在县（市、区）、乡（镇、街道）和市人社局（人才中心）工作过。';
    expect(
      names(text, [
        tag(text, '乡（镇', 'LOC'),
        tag(text, '县（市', 'LOC'),
        tag(text, '市人社局（人才中心', 'ORG'),
        tag(text, '市人社局（人才中心）', 'ORG'),
      ]),
    ).toEqual(['市人社局', '市人社局（人才中心）']);
  });

  it('starts a name after a word that is also a surname (由|邓国华兼任)', () => {
    const text = '该局局长由邓国华兼任。';
    expect(names(text, [tag(text, '由邓国华', 'PER')])).toEqual(['邓国华']);
    // A three-character name keeps its first character (宁光杰).
    const three = '会议由宁光杰主持。';
    expect(names(three, [tag(three, '宁光杰', 'PER')])).toEqual(['宁光杰']);
  });

  it('trims white space, and for places and bodies a mark left open, from the edges', () => {
    const text = '据《江南日报 报道，“区文旅局”和　市体育局 以及（市图书馆联合主办。';
    expect(
      names(text, [
        tag(text, '《江南日报', 'ORG'),
        tag(text, '“区文旅局”', 'ORG'),
        tag(text, '　市体育局 ', 'ORG'),
        tag(text, '（市图书馆', 'ORG'),
      ]),
    ).toEqual(['江南日报', '“区文旅局”', '市体育局', '市图书馆']);
    // A person keeps what the tagger read but for white space.
    const person = '演员 张小明(Sam) 出席。';
    expect(names(person, [tag(person, ' 张小明(Sam)', 'PER')])).toEqual(['张小明(Sam)']);
  });

  it('drops a span that starts inside a bracket and runs out of it', () => {
    const text = '曾在村（居）委会工作过的人员可以报考。';
    expect(names(text, [tag(text, '居）委会', 'ORG')])).toEqual([]);
    // Text cut before its opening bracket keeps what the tagger read.
    const cut = '远航）电子竞技俱乐部宣布了新阵容。';
    expect(names(cut, [tag(cut, '远航）电子竞技俱乐部', 'ORG')])).toEqual(['远航）电子竞技俱乐部']);
  });

  it('drops Latin letters that belong to a web or mail address, not handles', () => {
    const text = '请登录报名网站（http://bm.example.gov.cn/front/site/qwhzkpt）填报信息。';
    expect(names(text, [tag(text, 'qwhzkpt', 'PER')])).toEqual([]);
    const mail = '来信请寄 lihua@example.cn 。';
    expect(names(mail, [tag(mail, 'lihua', 'PER')])).toEqual([]);
    const handle = '选手王小明（ace.wang）晋级决赛。';
    expect(names(handle, [tag(handle, 'wang', 'PER')])).toEqual(['wang']);
  });
});
