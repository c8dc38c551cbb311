/**
 * Rewrites the `traditional` part of assets/surnames.json: every surname of `single` and `compound`
 * whose form in traditional script (opencc-js, cn → t, tw and hk) differs, in list order. Run it after
 * editing the simplified lists: npx tsx scripts/build-surnames-traditional.ts
 */
import fs from 'node:fs';
import * as OpenCC from 'opencc-js';

const file = new URL('../assets/surnames.json', import.meta.url);
const data = JSON.parse(fs.readFileSync(file, 'utf8'));
const converters = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));

/** The traditional forms of `word` that are not `word` itself, without repeats. */
const forms = (word: string) => [...new Set(converters.map((c) => c(word)))].filter((f) => f !== word);

const single = [...new Set([...(data.single as string)].flatMap(forms))].join('');
const compound = [...new Set((data.compound as string[]).flatMap(forms))];
data.traditional = { ...data.traditional, single, compound };
fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
console.log(`traditional: ${[...single].length} single, ${compound.length} compound`);
