import type { FrameworkDocument } from '../../contracts/skills-framework.js';
import type { AuditEntryInput } from '../shared/audit-log.js';

/** Writes framework versions together with what must be recorded alongside them. */
export interface FrameworkWriter {
  /**
   * Saves the document as version 1 only if no version exists yet, deciding that under the
   * same lock that numbers versions, so several servers starting at once save it once.
   */
  saveFirstVersion(document: FrameworkDocument): Promise<{ saved: boolean }>;
  /**
   * Saves the document as the next version and the audit-log entry `audit` describes for
   * it, in one transaction; returns the new version's id and number.
   */
  saveVersion(
    document: FrameworkDocument,
    createdBy: string,
    audit: (version: number) => AuditEntryInput,
  ): Promise<{ id: string; version: number }>;
}
