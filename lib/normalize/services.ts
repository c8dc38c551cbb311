/**
 * What normalization asks of the outside world: character readings and script conversion. The engine
 * stays free of the large dictionaries: Node (CLI, tests) answers from the libraries directly
 * (`local-services.ts`), the extension answers from its background, so the content script stays small.
 */
export type Script = 'simplified' | 'traditional';

export interface ScriptServices {
  /** Toneless pinyin readings (ü written v) of each character asked. */
  readings(chars: readonly string[]): Promise<Record<string, string[]>>;
  /** The same texts in the other script, in order. */
  convert(texts: readonly string[], to: Script): Promise<string[]>;
}
