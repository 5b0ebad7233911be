/**
 * Who read whose record, who exported what, who imported or erased whom. Every capability
 * writes here; administrators and HR read it. Entries are never edited.
 */
export type AuditAction = 'read' | 'export' | 'import' | 'erase' | 'update';

export interface AuditEntryInput {
  actorPersonId: string | null;
  action: AuditAction;
  /** What was touched, e.g. `person-record`, `directory`, `skills-answers`. */
  resource: string;
  subjectPersonId?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditLogWriter {
  record(entry: AuditEntryInput): Promise<void>;
}
