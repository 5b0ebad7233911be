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

/**
 * The audit entry of a change, made from what the change turned out to be (a new id, how
 * many were touched), so the repository can write it in the change's own transaction.
 */
export type AuditEntryOf<T> = (outcome: T) => AuditEntryInput;

export interface AuditLogWriter {
  record(entry: AuditEntryInput): Promise<void>;
}
