import words from '../../assets/person-words.json';
import type { Quote } from '../card';
import { Automaton } from '../text/automaton';
import { sentencesOf } from '../text/segments';
import { alternation } from './words';

/** Verbs that introduce what someone said (assets/person-words.json). */
const SAYS = new RegExp(`(${alternation(words.speechVerbs)})`);

/**
 * Who said what: direct quotations ("应勇…鼓励工作人员说：“…”") and reported speech ("李强说，…",
 * "他指出，…"). 他/她 stands for the last speaker named before; only named officials and persons speak.
 * Speakers are found in one pass over the text, whatever their number.
 */
export function recognizeQuotes(text: string, speakers: readonly string[]): Quote[] {
  const quotes: Quote[] = [];
  if (speakers.length === 0) return quotes;
  const names = [...new Set(speakers)].sort((a, b) => b.length - a.length);
  // The first speaker named at each position (the longest where two start there), in text order.
  const firstAt = new Map<number, string>();
  new Automaton(names).scan(text, (start, _end, word) => {
    const had = firstAt.get(start);
    if (!had || names[word]!.length > had.length) firstAt.set(start, names[word]!);
  });
  const starts = [...firstAt.keys()].sort((a, b) => a - b);
  let k = 0;
  let last: string | null = null;
  for (const s of sentencesOf(text)) {
    const sentence = s.text;
    while (k < starts.length && starts[k]! < s.start) k++;
    // The first speaker named in this sentence.
    let speaker: string | null = null;
    let at = -1;
    for (let j = k; j < starts.length && starts[j]! < s.end; j++) {
      const name = firstAt.get(starts[j]!)!;
      if (starts[j]! + name.length <= s.end) {
        speaker = name;
        at = starts[j]! - s.start;
        break;
      }
    }
    if (speaker) last = speaker;
    const verb = SAYS.exec(sentence);
    if (!verb) continue;
    const subject = sentence.slice(0, verb.index);
    const named = speaker !== null && at + speaker.length <= verb.index;
    const who = named ? speaker : /^[他她]/.test(subject.trim()) ? last : null;
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
