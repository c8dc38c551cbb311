/** Where a page prints an article's metadata: the lines the date, source and authors modules read. */
import type { Block } from './blocks';
import type { ArticleRegion } from './body';

/** The lines a page prints its metadata on: from the headline down to the first paragraph, and the article's own metadata lines. */
export function metadataLines(
  blocks: Block[],
  region: ArticleRegion | undefined,
  titleBlock: Block | null,
): Block[] {
  const out: Block[] = region ? region.metaLines.map((l) => l.block) : [];
  const firstBody = region?.body[0]?.line.block.index;
  if (firstBody !== undefined) {
    // From the headline down to the first paragraph; without a headline on the page, the few lines above it.
    const from =
      titleBlock && titleBlock.index < firstBody ? titleBlock.index + 1 : Math.max(0, firstBody - 6);
    for (let i = from; i < firstBody && i <= from + 15; i++) {
      const b = blocks[i]!;
      if (!out.includes(b) && (titleBlock || !b.furniture)) out.push(b);
    }
  }
  // Short lines right after the body: "责任编辑：李岚", "（来源：…）".
  const lastBody = region?.body[region.body.length - 1]?.line.block.index;
  if (lastBody !== undefined) {
    for (let i = lastBody + 1; i < Math.min(blocks.length, lastBody + 4); i++) {
      const b = blocks[i]!;
      if (b.heading > 0) break; // the next article begins
      if (b.linkChars === 0 && b.text.length <= 40 && !out.includes(b)) out.push(b);
    }
  }
  return out;
}
