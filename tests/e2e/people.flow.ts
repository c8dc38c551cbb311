import { expect, it } from 'vitest';
import { type E2EEnv, openPopup, openSample } from './driver';

/** The four 临溪区 pages, saved out of date order, and their titles in date order. */
const SAVED = ['linxi-2024-05.html', 'linxi-2024-01.html', 'linxi-2024-03.html', 'linxi-2024-02.html'];
const IN_DATE_ORDER = [
  ['2024-01-18', '区政府召开常务会议 部署优化营商环境工作'],
  ['2024-02-06', '区十八届人大四次会议胜利闭幕 周明远当选区长'],
  ['2024-03-22', '周明远调研溪园街道社区事务受理服务中心'],
  ['2024-05-10', '临溪区召开一季度经济形势分析会'],
];

/** The words the reader sees, in the locale each browser runs in (zh: Chromium, en: Firefox). */
const WORDS = {
  zh: { articles: (n: number) => `${n} 篇文章`, span: (a: string, b: string) => `${a} 至 ${b}` },
  en: { articles: (n: number) => `${n} articles`, span: (a: string, b: string) => `${a} to ${b}` },
};

/** Runs in the library page: each dated item of a list, as [date, title]. */
function datedItems(list: string): string[][] {
  return Array.from(document.querySelectorAll(`${list} .dated-item`), (li) => [
    li.querySelector('time')?.textContent ?? '',
    li.querySelector('.title')?.textContent ?? '',
  ]);
}

/**
 * The library as a reader's archive: an official's page across saved articles, with the change of
 * title, and a policy phrase's and an organisation's pages with their mentions by month.
 */
export function peopleScenarios(env: () => E2EEnv) {
  const words = () => WORDS[env().driver.locale];
  const name = () => env().driver.browser;

  it("shows an official's articles in date order and the change from 代区长 to 区长", async () => {
    for (const file of SAVED) {
      const page = await openSample(env(), file);
      const popup = await openPopup(env(), env().server.url(file));
      await popup.waitFor('#save[data-state="unsaved"]');
      await popup.click('#save');
      await popup.waitFor('#save[data-state="saved"]');
      await popup.close();
      await page.close();
    }
    const library = await env().driver.newTab({ width: 1000, height: 760 });
    await library.goto(env().driver.extensionUrl('library.html'));
    // From an article's officials to the official's page.
    await library.waitFor('#articles a[data-official="周明远"]');
    await library.click('#articles a[data-official="周明远"]');
    await library.waitUntil((n) => document.querySelectorAll('#person .dated-item').length === n, 4);
    expect(await library.evaluate(datedItems, '#person')).toEqual(IN_DATE_ORDER);
    // The election's article names the post as the vote gave it (选举周明远为临溪区人民政府区长) too.
    expect(await library.texts('#person .person-articles .titles')).toEqual([
      '区委副书记、代区长',
      '临溪区人民政府区长、区委副书记、区长',
      '区长',
      '区委副书记、区长',
    ]);
    expect(await library.texts('#person .run .titles')).toEqual([
      '区委副书记、代区长',
      '临溪区人民政府区长、区委副书记、区长',
    ]);
    const runs = await library.texts('#person .run .muted');
    expect(runs[0]).toContain('2024-01-18');
    expect(runs[1]).toContain(words().span('2024-02-06', '2024-05-10'));
    expect(await library.text('#person h3:nth-of-type(2)')).toBe(words().articles(4));
    await library.screenshot(`${name()}-person`);
    await library.close();
  });

  it('lets the reader split off an article as another person of the same name, join them again, and take both back', async () => {
    const openPerson = async () => {
      const tab = await env().driver.newTab({ width: 1000, height: 760 });
      await tab.goto(env().driver.extensionUrl('library.html'));
      await tab.waitFor('#articles a[data-official="周明远"]');
      await tab.click('#articles a[data-official="周明远"]');
      await tab.waitFor('#person .dated-item');
      return tab;
    };
    let library = await openPerson();
    await library.waitUntil((n) => document.querySelectorAll('#person .dated-item').length === n, 4);
    expect(await library.attribute('#person .split', 'disabled')).not.toBeNull();
    await library.click('#person .dated-item:nth-child(3) input[type="checkbox"]');
    await library.click('#person .split');
    await library.waitUntil((n) => document.querySelectorAll('#person .person').length === n, 2);
    const people = () =>
      library.evaluate(
        () =>
          Array.from(document.querySelectorAll('#person .person'), (p) =>
            Array.from(p.querySelectorAll('.dated-item time'), (t) => t.textContent),
          ),
        undefined,
      );
    expect(await people()).toEqual([['2024-01-18', '2024-02-06', '2024-05-10'], ['2024-03-22']]);
    expect(await library.texts('#person .person:first-of-type .run .titles')).toEqual([
      '区委副书记、代区长',
      '临溪区人民政府区长、区委副书记、区长',
    ]);
    // Kept: the page opened again shows the same two people.
    await library.close();
    library = await openPerson();
    await library.waitUntil((n) => document.querySelectorAll('#person .person').length === n, 2);
    await library.click('#person .merge-above');
    await library.waitUntil((n) => document.querySelectorAll('#decisions li').length === n, 2);
    expect(await people()).toEqual([['2024-01-18', '2024-02-06', '2024-03-22', '2024-05-10']]);
    await library.click('#decisions li:first-child button');
    await library.waitUntil((n) => document.querySelectorAll('#decisions li').length === n, 1);
    await library.click('#decisions li:first-child button');
    // The person is drawn again once the last decision is taken back: wait for its articles too.
    await library.waitUntil(
      () =>
        !document.querySelector('#decisions') && document.querySelectorAll('#person .dated-item').length > 0,
      undefined,
    );
    expect(await people()).toEqual([['2024-01-18', '2024-02-06', '2024-03-22', '2024-05-10']]);
    await library.close();
  });

  it("opens a policy phrase's page from the facets, with its mentions by month, and an organisation's from the index", async () => {
    const library = await env().driver.newTab({ width: 1000, height: 760 });
    await library.goto(env().driver.extensionUrl('library.html'));
    await library.waitFor('#articles > li');
    await library.select('select[name="phrase"]', '一件事一次办');
    await library.waitFor('.facet-page[data-page="phrase"]');
    await library.click('.facet-page[data-page="phrase"]');
    await library.waitFor('#term .month-chart g[data-month]');
    const months = await library.evaluate(
      () =>
        Array.from(document.querySelectorAll('#term .month-chart g[data-month]'), (g) => [
          g.getAttribute('data-month'),
          Number(g.getAttribute('data-mentions')),
          (g.querySelector('rect')?.getBoundingClientRect().height ?? 0) > 0,
        ]),
      undefined,
    );
    // 一件事一次办 (in these four pages only): once in January's and February's articles, twice in March's, none in April, once in May.
    expect(months).toEqual([
      ['2024-01', 1, true],
      ['2024-02', 1, true],
      ['2024-03', 2, true],
      ['2024-04', 0, false],
      ['2024-05', 1, true],
    ]);
    expect(await library.evaluate(datedItems, '#term')).toEqual(IN_DATE_ORDER);
    await library.screenshot(`${name()}-phrase`);
    await library.click('#back');
    await library.waitFor('#archive-index-link');
    await library.click('#archive-index-link');
    await library.waitFor('#index-organizations a');
    await library.evaluate((org) => {
      const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('#index-organizations a')).find(
        (a) => a.textContent === org,
      );
      link?.click();
    }, '区发展改革委');
    await library.waitUntil((n) => document.querySelectorAll('#term .dated-item').length === n, 2);
    expect((await library.evaluate(datedItems, '#term')).map(([day]) => day)).toEqual([
      '2024-01-18',
      '2024-05-10',
    ]);
    await library.close();
  });
}
