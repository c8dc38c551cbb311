/** The authors field: names from bylines, metadata lines and photo credits. */
import type { Block } from './blocks';
import type { ArticleRegion } from './body';
import { namesIn, readMetaLine } from './byline';
import { isNotice } from './features';
import { PHOTO_CREDIT, TRAILING_CREDIT } from './patterns';

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** Authors in reading order: bylines, metadata lines and photo credits of the article. */
export function authorsOf(region: ArticleRegion, near: Block[]): string[] {
  const found: Array<{ at: number; names: string[] }> = [];
  const metaBlocks = new Set(region.metaLines.map((l) => l.block));
  // A notice ("…仅代表作者观点…") names no author.
  for (const b of near)
    if (!metaBlocks.has(b) && !isNotice(b.text))
      found.push({ at: b.index, names: readMetaLine(b.text).names });
  for (const l of region.metaLines) {
    const names = l.kind === 'meta' ? readMetaLine(l.block.text).names : namesIn(l.block.text);
    found.push({ at: l.block.index, names });
  }
  const firstBody = region.body[0]?.line.block.index ?? 0;
  for (const b of region.inlineBylines) found.push({ at: firstBody, names: namesIn(b) });
  // Closing bylines come after the last paragraph, before the credit lines under it.
  const lastBody = (region.body[region.body.length - 1]?.line.block.index ?? 0) + 0.5;
  for (const b of region.closingBylines) found.push({ at: lastBody, names: namesIn(b) });
  for (const c of region.captions) {
    const text = c.block.text;
    const credit = PHOTO_CREDIT.test(text) ? text : TRAILING_CREDIT.exec(text)?.[1];
    if (credit) found.push({ at: c.block.index, names: namesIn(credit) });
  }
  found.sort((a, b) => a.at - b.at);
  return unique(found.flatMap((f) => f.names));
}
