import { z } from 'zod';
import { PersonRef } from './champions.js';
import { Reference } from './common.js';

/**
 * The digital projects register: the digital team keeps it; anyone can browse it and
 * follow a project. Followers are the people told when a Root & Branch update about the
 * project is published, so the register is where those updates will hang from.
 */

const IsoDate = z.iso.date();
const IsoDateTime = z.iso.datetime({ offset: true });

export const PROJECT_STAGES = ['idea', 'initiation', 'planning', 'delivery', 'closing', 'closed'] as const;
export const ProjectStage = z.enum(PROJECT_STAGES);
export type ProjectStage = z.infer<typeof ProjectStage>;

export const PROJECT_STAGE_LABELS: Record<ProjectStage, string> = {
  idea: 'Idea',
  initiation: 'Initiation',
  planning: 'Planning',
  delivery: 'Delivery',
  closing: 'Closing',
  closed: 'Closed',
};

export const PROJECT_RAGS = ['green', 'amber', 'red'] as const;
export const ProjectRag = z.enum(PROJECT_RAGS);
export type ProjectRag = z.infer<typeof ProjectRag>;

/** The colour's name, as project boards say it. */
export const PROJECT_RAG_LABELS: Record<ProjectRag, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
};

/** What the colour means, in words: a colour alone must never carry the meaning. */
export const PROJECT_RAG_WORDS: Record<ProjectRag, string> = {
  green: 'on track',
  amber: 'some problems, being managed',
  red: 'serious problems, needs help',
};

/** "Amber: some problems, being managed". */
export function ragText(rag: ProjectRag): string {
  return `${PROJECT_RAG_LABELS[rag]}: ${PROJECT_RAG_WORDS[rag]}`;
}

export const PROJECT_LIMITS = { nameMin: 3, nameMax: 120, summaryMax: 2000, implicationsMax: 4000, roleMax: 100 } as const;

/** Every field the digital team can set. `lastUpdatePublishedAt` is not one: publishing an update sets it. */
const projectFields = {
  name: z.string().trim().min(PROJECT_LIMITS.nameMin).max(PROJECT_LIMITS.nameMax).describe('Unique in the register, whatever the capitals'),
  summary: z.string().trim().max(PROJECT_LIMITS.summaryMax).describe('What the project is for, in a sentence or two'),
  serviceId: z.uuid().describe('The service it belongs to'),
  sponsorPersonId: z.uuid().describe('Its sponsor: a person in the directory who has not left'),
  stage: ProjectStage,
  rag: ProjectRag.describe('Its status: green, amber or red'),
  startsOn: IsoDate.nullable(),
  endsOn: IsoDate.nullable().describe('On or after startsOn'),
  digitalImplications: z
    .string()
    .trim()
    .max(PROJECT_LIMITS.implicationsMax)
    .describe('What the project changes for staff, residents, data and systems, as recorded at initiation'),
};

export const ProjectInput = z
  .strictObject({
    ...projectFields,
    summary: projectFields.summary.default(''),
    startsOn: projectFields.startsOn.default(null),
    endsOn: projectFields.endsOn.default(null),
    digitalImplications: projectFields.digitalImplications.default(''),
  })
  .meta({ id: 'ProjectInput' });
export type ProjectInput = z.infer<typeof ProjectInput>;

/** A change to a project: only the fields sent change. */
export const ProjectChanges = z.strictObject(projectFields).partial().meta({ id: 'ProjectChanges' });
export type ProjectChanges = z.infer<typeof ProjectChanges>;

export const Project = z
  .object({
    id: z.uuid(),
    name: z.string(),
    summary: z.string(),
    service: Reference.nullable(),
    sponsor: PersonRef.nullable(),
    stage: ProjectStage,
    rag: ProjectRag,
    startsOn: IsoDate.nullable(),
    endsOn: IsoDate.nullable(),
    memberCount: z.number().int(),
    followerCount: z.number().int(),
    followedByMe: z.boolean(),
    lastUpdatePublishedAt: IsoDateTime.nullable().describe('When a Root & Branch update about it was last published; null: none yet'),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof Project>;

export const ProjectMember = z
  .object({ person: PersonRef, role: z.string(), addedAt: IsoDateTime })
  .meta({ id: 'ProjectMember' });
export type ProjectMember = z.infer<typeof ProjectMember>;

export const ProjectDetail = Project.extend({
  digitalImplications: z.string(),
  members: z.array(ProjectMember),
  followers: z.array(PersonRef).nullable().describe('Who follows it: for the digital team only, null for everyone else'),
  linkedObjectiveCount: z.number().int().describe('Digital objectives (not withdrawn) that are taking part in it'),
  canCurate: z.boolean().describe('Whether the one asking may change it and its members'),
  createdAt: IsoDateTime,
}).meta({ id: 'ProjectDetail' });
export type ProjectDetail = z.infer<typeof ProjectDetail>;

export const ProjectPage = z.object({ items: z.array(Project), total: z.number().int() }).meta({ id: 'ProjectPage' });
export type ProjectPage = z.infer<typeof ProjectPage>;

export const ProjectQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Words in the name or summary'),
  serviceId: z.uuid().optional(),
  stage: ProjectStage.optional(),
  rag: ProjectRag.optional(),
  following: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('"true": only projects I follow'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ProjectQuery = z.infer<typeof ProjectQuery>;

/** The services a project can belong to, for choosing one and for filtering. */
export const ProjectServiceList = z.object({ items: z.array(Reference) }).meta({ id: 'ProjectServiceList' });
export type ProjectServiceList = z.infer<typeof ProjectServiceList>;

export const ProjectMemberBody = z
  .strictObject({ role: z.string().trim().max(PROJECT_LIMITS.roleMax).default('').describe('What they do in it, such as "Business analyst"') })
  .meta({ id: 'ProjectMemberBody' });
export type ProjectMemberBody = z.infer<typeof ProjectMemberBody>;

/** Whether I follow a project now, after following or unfollowing it. */
export const ProjectFollowing = z
  .object({ projectId: z.uuid(), following: z.boolean(), followerCount: z.number().int() })
  .meta({ id: 'ProjectFollowing' });
export type ProjectFollowing = z.infer<typeof ProjectFollowing>;

export const ProjectIdParams = z.object({ projectId: z.uuid() });
export const ProjectMemberParams = z.object({ projectId: z.uuid(), personId: z.uuid() });
