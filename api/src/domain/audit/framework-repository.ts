import type { FrameworkDocument, FrameworkVersion } from '../../contracts/skills-framework.js';

/** Where framework versions are kept. A stored version is never changed. */
export interface FrameworkRepository {
  /** The newest version, which new campaigns use; undefined before any is saved. */
  current(): Promise<FrameworkVersion | undefined>;
  findByVersion(version: number): Promise<FrameworkVersion | undefined>;
  findById(id: string): Promise<FrameworkVersion | undefined>;
  /** Writes the document as the next version, atomically; returns it. */
  saveVersion(document: FrameworkDocument, createdBy: string | null): Promise<FrameworkVersion>;
}
