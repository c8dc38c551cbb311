// Renders scripts/icon/icon.svg to the PNG sizes the stores ask for (Chrome Web Store: 16, 32, 48, 128;
// Firefox Add-ons: 48, 96), in Debian's Chromium, with a transparent background. WXT lists
// public/icon/<size>.png in both manifests. Run: npx tsx scripts/icon/render.ts
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/browsers';

const SIZES = [16, 32, 48, 96, 128];
const svg = fs.readFileSync(path.resolve('scripts/icon/icon.svg'), 'utf8');
const out = path.resolve('public/icon');
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
  await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
