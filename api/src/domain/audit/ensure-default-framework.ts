import { DEFAULT_FRAMEWORK } from './default-framework.js';
import type { FrameworkWriter } from './framework-writer.js';

/**
 * Every council starts with the framework the product ships: on each start, if no version
 * has been saved yet, the default becomes version 1 (saved by nobody). Later starts, and
 * councils that have since saved their own versions, are left as they are.
 */
export async function ensureDefaultFramework(writer: Pick<FrameworkWriter, 'saveFirstVersion'>): Promise<{ saved: boolean }> {
  return writer.saveFirstVersion(DEFAULT_FRAMEWORK);
}
