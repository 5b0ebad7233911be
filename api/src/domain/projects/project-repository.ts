import type { ProjectRag, ProjectStage } from '../../contracts/projects.js';

/** Where the register is kept (api/src/db/project-repository.ts). */

export interface ProjectRecord {
  id: string;
  name: string;
  summary: string;
  service: { id: string; name: string } | null;
  sponsor: { id: string; displayName: string } | null;
  stage: ProjectStage;
  rag: ProjectRag;
  startsOn: string | null;
  endsOn: string | null;
  digitalImplications: string;
  memberCount: number;
  followerCount: number;
  /** Whether the person the record was read for follows it. */
  followedByViewer: boolean;
  lastUpdatePublishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProjectMemberRecord {
  person: { id: string; displayName: string };
  role: string;
  addedAt: Date;
}

/** What the digital team sets; the rest (counts, when it was last updated in Root & Branch) follows. */
export interface ProjectFields {
  name: string;
  summary: string;
  serviceId: string;
  sponsorPersonId: string;
  stage: ProjectStage;
  rag: ProjectRag;
  startsOn: string | null;
  endsOn: string | null;
  digitalImplications: string;
}

export interface ProjectFilter {
  text?: string | undefined;
  serviceId?: string | undefined;
  stage?: ProjectStage | undefined;
  rag?: ProjectRag | undefined;
  /** Only projects this person follows. */
  followedBy?: string | undefined;
}

/** The database has the last word on unique names: two people saving at once cannot both win. */
export type SaveResult = { kind: 'saved'; id: string } | { kind: 'name-taken'; name: string } | { kind: 'not-found' };

export interface ProjectRepository {
  find(id: string, viewerId: string): Promise<ProjectRecord | undefined>;
  /** By name, a page at a time. */
  list(filter: ProjectFilter, viewerId: string, page: { limit: number; offset: number }): Promise<{ items: ProjectRecord[]; total: number }>;
  /** Members by name. */
  members(projectId: string): Promise<ProjectMemberRecord[]>;
  /** Followers by name. */
  followers(projectId: string): Promise<Array<{ id: string; displayName: string }>>;
  /** Digital objectives taking part in the project, withdrawn ones left out. */
  countLinkedObjectives(projectId: string): Promise<number>;
  /** The project with this name, whatever the capitals. */
  findByName(name: string): Promise<{ id: string; name: string } | undefined>;
  personStatus(personId: string): Promise<'active' | 'leaver' | undefined>;
  serviceExists(serviceId: string): Promise<boolean>;
  services(): Promise<Array<{ id: string; name: string }>>;
  create(fields: ProjectFields, createdBy: string, now: Date): Promise<SaveResult>;
  update(id: string, changes: Partial<ProjectFields>, now: Date): Promise<SaveResult>;
  /** Adds the person, or changes their role; false when the project does not exist. */
  setMember(projectId: string, personId: string, role: string, now: Date): Promise<boolean>;
  removeMember(projectId: string, personId: string, now: Date): Promise<void>;
  /** Both leave things as they are when they already are so: following twice is following once. */
  follow(projectId: string, personId: string, now: Date): Promise<void>;
  unfollow(projectId: string, personId: string): Promise<void>;
}
