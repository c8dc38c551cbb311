/**
 * Builds the prebuilt CLI (dist-cli/) once before the unit tests, when it is missing or older than its
 * sources: the tests that start `node bin/govlens.mjs` then run the bundle, as a user does, instead of
 * each building it.
 */
import { currentCli } from '../../cli/build-cli';

export default async function setup(): Promise<void> {
  await currentCli();
}
