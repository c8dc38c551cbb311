import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';

interface Entry {
  term: string;
  aliases: string[];
  category: string;
  explanation: string;
  explanationEn: string;
  source: string;
}

interface Glossary {
  version: number;
  description: string;
  entries: Entry[];
}

const file = path.resolve('assets/policy-glossary.json');
const raw = fs.readFileSync(file, 'utf8');
const glossary = JSON.parse(raw) as Glossary;
const entries = glossary.entries;

const CATEGORIES = new Set([
  'governance',
  'party',
  'livelihood',
  'economy',
  'urban',
  'rural',
  'social-governance',
  'ecology',
  'law',
  'slogan',
  'campaign',
  'other',
]);

const QUOTES = /[“”"'‘’「」『』]/;

/** The form two printed phrases are compared in: quotes dropped, full-width commas made ASCII. */
const normalize = (s: string) => s.replace(/[“”"'‘’「」『』]/g, '').replace(/，/g, ',');

const formsOf = (e: Entry) => [e.term, ...e.aliases];

/** Institutions and roles are places and people, not policy phrases: the recognizer reads them elsewhere. */
const NOT_POLICY = ['社区事务受理服务中心', '党群服务站', '党群服务中心', '社区工作者'];

/** Each of these must be some entry's term or alias, exactly as written here. */
const MUST_INCLUDE = [
  '一网通办',
  '一网统管',
  '全市通办',
  '全区通办',
  '全过程人民民主',
  '人民城市人民建、人民城市为人民',
  '人民城市人民建，人民城市为人民',
  '人民城市人民建,人民城市为人民',
  '人民城市',
  '我为群众办实事',
  '共同富裕',
  '放管服',
  '河长制',
  '林长制',
  '以人民为中心的发展思想',
  '获得感、幸福感、安全感',
  '急难愁盼',
  '共建共治共享',
  '党史学习教育',
  '主题教育',
  '三会一课',
  '主题党日',
  '旧区改造',
  '旧改',
  '城市更新',
  '民心工程',
  '民生实事',
  '民生工程',
  '城市数字化转型',
  '数字化转型',
  '减负增能',
  '为基层减负',
  '精准施策',
  '疫情防控',
  '美丽家园',
  '加装电梯',
  '新兴领域党建',
  '新就业群体',
  '新就业形态',
  '两新组织',
  '15分钟社区生活圈',
  '高效办成一件事',
  '送温暖',
  '帮困送温暖',
  '精准救助',
  '精准帮扶',
  '人民至上',
  '习近平新时代中国特色社会主义思想',
  '党的二十大精神',
  '全心全意为人民服务',
  '问题导向',
  '目标导向',
  '结果导向',
  '需求导向',
  '群众利益无小事',
  '基层治理',
  '社区治理',
  '网格化管理',
  '新时代枫桥经验',
  '枫桥经验',
  '乡村振兴',
  '长三角一体化',
  '优化营商环境',
  '高质量发展',
  '新质生产力',
  '碳达峰碳中和',
  '双碳',
  '垃圾分类',
  '五违四必',
  '四医联动',
  '1+6文件',
  '大调研',
  '自治共治',
  '居委会标准化建设',
  '人户分离',
  '战斗堡垒',
  '先锋模范作用',
  '四套班子',
  '面对面联系服务群众',
  '民生保障',
  '两委',
  '市两会',
  '红色驿站',
  '户外劳动者驿站',
  '扶志',
  '扶智',
  '六个常有',
  '532发展战略',
  '不忘初心、牢记使命',
  '留沪过年',
  '公租房',
  '保障性住房',
  '老旧小区改造',
  '适老化改造',
  '一老一小',
  '社区食堂',
  '家门口服务',
  '稳就业',
  '六稳六保',
  '平安建设',
  '扫黑除恶',
  '文明城市创建',
  '爱国卫生运动',
  '最多跑一次',
  '跨省通办',
  '好差评',
  '随申办',
  '12345市民服务热线',
  '接诉即办',
  '街乡吹哨、部门报到',
  '暖民心',
  '解民忧',
  '夯实底线民生、保障基本民生、打造质量民生',
  '底线民生、基本民生、质量民生',
  '想群众所想、急群众所急',
  '惠民生、暖民心、顺民意',
  '财力有一分增长、民生有一分改善',
  '慰问一人、温暖一户、带动一片',
  '一枝一叶总关情',
  '时不待我只争朝夕',
  '问需于民、问计于民',
  '民生名片',
  '暖心护航',
  '常有众扶 情暖龙城',
  '工会常伴 贴心送暖',
  '新时代文明实践',
  '志愿服务',
  '初心使命',
  '城市精细化管理',
  '美丽乡村',
  '河湖长制',
];

describe('assets/policy-glossary.json', () => {
  it('is JSON of version 1 with at least 250 entries', () => {
    expect(glossary.version).toBe(1);
    expect(typeof glossary.description).toBe('string');
    expect(Array.isArray(entries)).toBe(true);
    expect(entries.length).toBeGreaterThanOrEqual(250);
  });

  it('gives every entry its fields, filled in', () => {
    for (const e of entries) {
      for (const key of ['term', 'explanation', 'explanationEn', 'source'] as const) {
        expect(typeof e[key], `${e.term}: ${key}`).toBe('string');
        expect(e[key].trim(), `${e.term}: ${key}`).not.toBe('');
      }
      expect(Array.isArray(e.aliases), `${e.term}: aliases`).toBe(true);
      for (const a of e.aliases) {
        expect(typeof a, `${e.term}: alias`).toBe('string');
        expect(a.trim(), `${e.term}: alias`).not.toBe('');
      }
      expect(CATEGORIES.has(e.category), `${e.term}: category ${e.category}`).toBe(true);
    }
  });

  it('keeps explanations to one short line', () => {
    for (const e of entries) {
      expect([...e.explanation].length, `${e.term}: ${e.explanation}`).toBeLessThanOrEqual(60);
      expect(e.explanation, e.term).not.toMatch(/[\r\n]/);
      expect(e.explanationEn, e.term).not.toMatch(/[\r\n]/);
      expect(e.explanationEn.trim().split(/\s+/).length, `${e.term}: ${e.explanationEn}`).toBeLessThanOrEqual(
        25,
      );
    }
  });

  it('prints no phrase twice: no term or alias belongs to two entries', () => {
    const owner = new Map<string, string>();
    for (const e of entries) {
      // Within one entry, forms differ exactly; an ASCII-comma variant of a full-width one is intended.
      expect(new Set(formsOf(e)).size, `${e.term}: repeated form`).toBe(formsOf(e).length);
      for (const key of new Set(formsOf(e).map(normalize))) {
        const other = owner.get(key);
        expect(other, `"${key}" is in both ${other} and ${e.term}`).toBeUndefined();
        owner.set(key, e.term);
      }
    }
  });

  it('never repeats a term as its own alias', () => {
    for (const e of entries) expect(e.aliases, e.term).not.toContain(e.term);
  });

  it('writes terms and aliases in simplified characters without quotation marks', () => {
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    for (const e of entries) {
      for (const form of formsOf(e)) {
        expect(form, `${e.term}: quotes in ${form}`).not.toMatch(QUOTES);
        expect(form, `${e.term}: surrounding space`).toBe(form.trim());
        expect(toSimplified(form), `${e.term}: traditional characters in ${form}`).toBe(form);
      }
    }
  });

  it('contains every required phrase as a term or alias', () => {
    const forms = new Set(entries.flatMap(formsOf));
    const missing = MUST_INCLUDE.filter((t) => !forms.has(t));
    expect(missing).toEqual([]);
  });

  it('holds no institutions or roles', () => {
    const forms = new Set(
      glossary.entries.flatMap((e: { term: string; aliases: string[] }) => [e.term, ...e.aliases]),
    );
    for (const t of NOT_POLICY) expect(forms.has(t)).toBe(false);
  });
});
