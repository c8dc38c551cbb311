/**
 * Time in the reader's archive: the titles an official held, as runs in date order, and how often a
 * term was mentioned, month by month. Pure functions over what the library read; no store here.
 */

/** The day an article speaks for: its printed date, else the day it was saved (YYYY-MM-DD). */
export function articleDay(date: string | null, savedAt: number): string {
  if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  return new Date(savedAt).toISOString().slice(0, 10);
}

/** One article's mention of an official, with the titles printed with the name in it. */
export interface Dated {
  day: string;
  titles: readonly string[];
}

/** A stretch of consecutive articles printing the same post. */
export interface TitleRun {
  /** Every title printed in the run, in the order first printed (市委副书记, 代市长). */
  titles: string[];
  first: string;
  last: string;
  articles: number;
}

const within = (small: ReadonlySet<string>, big: ReadonlySet<string>) => [...small].every((t) => big.has(t));

/**
 * The titles as a timeline. Consecutive articles stay in one run while one's titles are among the
 * other's: an article printing only 区长 after 区委副书记、区长 shows the same post more briefly, not a
 * change; 代区长 → 区长 is a change. Articles printing no title say nothing and join the run they fall in.
 */
export function titleTimeline(items: readonly Dated[]): TitleRun[] {
  const sorted = [...items].sort((a, b) => a.day.localeCompare(b.day));
  const runs: TitleRun[] = [];
  let held = new Set<string>();
  for (const item of sorted) {
    const titles = new Set(item.titles);
    const run = runs.at(-1);
    if (run && (titles.size === 0 || within(titles, held) || within(held, titles))) {
      for (const t of titles) if (!held.has(t)) run.titles.push(t);
      held = new Set([...held, ...titles]);
      run.last = item.day;
      run.articles++;
    } else {
      held = titles;
      runs.push({ titles: [...titles], first: item.day, last: item.day, articles: 1 });
    }
  }
  return runs;
}

/** A month (YYYY-MM) and the mentions and articles in it. */
export interface MonthCount {
  month: string;
  mentions: number;
  articles: number;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Mentions and articles per month from the first month to the last, months without any included
 * as zero so a chart's bars stand at their true distance apart.
 */
export function monthlyCounts(items: ReadonlyArray<{ day: string; mentions: number }>): MonthCount[] {
  if (items.length === 0) return [];
  const byMonth = new Map<string, MonthCount>();
  for (const { day, mentions } of items) {
    const month = day.slice(0, 7);
    const c = byMonth.get(month) ?? { month, mentions: 0, articles: 0 };
    c.mentions += mentions;
    c.articles++;
    byMonth.set(month, c);
  }
  const months = [...byMonth.keys()].sort();
  const out: MonthCount[] = [];
  for (let m = months[0]!; m <= months.at(-1)!; m = nextMonth(m))
    out.push(byMonth.get(m) ?? { month: m, mentions: 0, articles: 0 });
  return out;
}

/** A saved article mentioning a phrase or an organisation. */
export interface TermArticle {
  url: string;
  title: string | null;
  date: string | null;
  savedAt: number;
  day: string;
  mentions: number;
}

/** A phrase's or an organisation's page: its articles in date order and its mentions by month. */
export interface TermMentions {
  articles: TermArticle[];
  months: MonthCount[];
}

/** Every official, phrase and organisation in the library with the number of articles naming it. */
export interface ArchiveIndex {
  officials: Array<{ name: string; count: number }>;
  phrases: Array<{ name: string; count: number }>;
  organizations: Array<{ name: string; count: number }>;
}
