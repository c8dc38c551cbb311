import type { Quote } from '../card';
import { sentencesOf } from '../text/segments';

const SAYS = /(说|表示|指出|强调|要求|认为|叮嘱|希望)/;

/**
 * Who said what: direct quotations ("应勇…鼓励工作人员说：“…”") and reported speech ("李强说，…",
 * "他指出，…"). 他/她 stands for the last speaker named before; only named officials and persons speak.
 */
export function recognizeQuotes(text: string, speakers: readonly string[]): Quote[] {
  const quotes: Quote[] = [];
  if (speakers.length === 0) return quotes;
  const names = [...speakers].sort((a, b) => b.length - a.length);
  let last: string | null = null;
  for (const s of sentencesOf(text)) {
    const sentence = s.text;
    // The last speaker named before this sentence's verb of speech.
    const verb = SAYS.exec(sentence);
    let speaker: string | null = null;
    let at = -1;
    for (const n of names) {
      const i = sentence.indexOf(n);
      if (i >= 0 && (at < 0 || i < at)) {
        speaker = n;
        at = i;
      }
    }
    if (speaker) last = speaker;
    if (!verb) continue;
    const subject = sentence.slice(0, verb.index);
    const who = speaker && subject.includes(speaker) ? speaker : /^[他她]/.test(subject.trim()) ? last : null;
    if (!who) continue;
    const rest = sentence.slice(verb.index + verb[0].length);
    const direct = /^[^“]{0,4}[:：]“([^”]+)”/.exec(rest);
    if (direct) quotes.push({ speaker: who, text: direct[1]! });
    else if (/^[，,]/.test(rest) && subject.length <= who.length + 6) {
      const said = rest.replace(/^[，,]\s*/, '').trim();
      if (said.length >= 6) quotes.push({ speaker: who, text: said });
    }
  }
  return quotes;
}
