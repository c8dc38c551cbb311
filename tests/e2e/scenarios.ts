import { describe } from 'vitest';
import { controlScenarios } from './controls.flow';
import { documentScenarios } from './documents.flow';
import type { E2EEnv } from './driver';
import { hostileScenarios } from './hostile.flow';
import { isolationScenarios } from './isolation.flow';
import { lateScenarios } from './late.flow';
import { libraryScenarios } from './library.flow';
import { notesScenarios } from './notes.flow';
import { optionsScenarios } from './options.flow';
import { peopleScenarios } from './people.flow';
import { pillScenarios } from './pill.flow';
import { readerScenarios } from './reader.flow';
import { readingScenarios } from './reading.flow';
import { robustScenarios } from './robust.flow';
import { versionsScenarios } from './versions.flow';

/** Every flow, in the order both browsers run them: one list, so a new flow runs in both. */
export function everyScenario(env: () => E2EEnv): void {
  describe('reading a page', () => readingScenarios(env));
  describe('the page note as a pill', () => pillScenarios(env));
  describe('the popup card, the library and the clipboard', () => libraryScenarios(env));
  describe('信息公开 documents, WeChat and English articles', () => documentScenarios(env));
  describe('edge pages', () => robustScenarios(env));
  describe('hostile pages', () => hostileScenarios(env));
  describe('switches that show their state', () => controlScenarios(env));
  describe("the reader's own highlights and notes", () => notesScenarios(env));
  describe('the options page', () => optionsScenarios(env));
  describe('each tab on its own', () => isolationScenarios(env));
  describe('the library as a reader’s archive: offline reading, tags and notes', () => readerScenarios(env));
  describe('late, revealed, growing and framed articles; a big page', () => lateScenarios(env));
  describe('versions of a notice and exports of the library', () => versionsScenarios(env));
  describe("the library as a reader's archive: people, phrases, organisations", () => peopleScenarios(env));
}
