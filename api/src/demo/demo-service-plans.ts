import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { PlanItemKind, PlanItemStatus } from '../db/schema.js';
import type { DemoProject } from './demo-projects.js';
import type { DemoObjectiveWorld } from './demo-objective-world.js';
import { ago } from './demo-time.js';

/**
 * This year's service plans. Nine services have digital objectives or projects in theirs;
 * Legal & Democratic Services and Communications have written a plan without one yet, and
 * Customer Services and Economic Development have no plan at all, so the policy team's
 * compliance view has someone to remind.
 */

interface DemoPlanItem {
  kind: PlanItemKind;
  title: string;
  /** 'head' or a team manager's job title in the service. */
  owner: string;
  measure: string;
  status: PlanItemStatus;
  project?: string;
}

interface DemoPlan {
  service: string;
  summary: string;
  items: DemoPlanItem[];
}

const PLANS: readonly DemoPlan[] = [
  { service: 'Housing', summary: 'Better, faster services for tenants and people at risk of homelessness, with more of them online.', items: [
    { kind: 'project', title: 'Launch online repairs reporting for all council tenants', owner: 'head', measure: '60% of responsive repairs reported online by March', status: 'at-risk', project: 'Online housing repairs reporting' },
    { kind: 'objective', title: 'Every housing officer agrees a digital objective', owner: 'Tenancy Services Manager', measure: 'All housing staff have an agreed digital objective by the agree-by date', status: 'on-track' },
    { kind: 'objective', title: 'Record tenancy visits on tablets instead of paper', owner: 'Tenancy Services Manager', measure: 'Every tenancy visit recorded on a tablet on the day of the visit', status: 'not-started' },
  ] },
  { service: 'Revenues & Benefits', summary: 'Accurate bills and benefits paid on time, with more residents serving themselves online.', items: [
    { kind: 'project', title: 'Open the digital council tax account to all residents', owner: 'Council Tax Team Manager', measure: '40% of council tax changes made online', status: 'on-track', project: 'Digital council tax account' },
    { kind: 'project', title: 'Pilot automation of benefit change matching', owner: 'head', measure: 'Two processes automated, saving 20 staff hours a week', status: 'not-started', project: 'Robotic process automation pilot in Revenues' },
    { kind: 'objective', title: 'Benefit claimants send evidence online', owner: 'Benefits Team Manager', measure: 'Three quarters of evidence uploaded rather than posted or brought in', status: 'on-track' },
  ] },
  { service: 'Planning & Building Control', summary: 'Timely planning decisions and a planning service that works well online.', items: [
    { kind: 'project', title: 'Replace the planning portal', owner: 'head', measure: 'New portal live for householder applications by March', status: 'at-risk', project: 'Planning portal replacement' },
    { kind: 'objective', title: 'Planning officers confident with digital map layers', owner: 'Development Management Manager', measure: 'Every planning officer uses the map layers in their reports', status: 'on-track' },
  ] },
  { service: 'Environmental Services', summary: 'Clean streets and reliable bin collections, with crews using mobile technology.', items: [
    { kind: 'project', title: 'Optimised rounds on in-cab tablets', owner: 'Waste & Recycling Manager', measure: 'All rounds use the app; missed bins down by a fifth', status: 'off-track', project: 'Depot route-optimisation app' },
    { kind: 'objective', title: 'Every crew member uses HR self-service on a phone', owner: 'Waste & Recycling Manager', measure: '90% of operatives view payslips and book leave online', status: 'on-track' },
    { kind: 'project', title: 'Online licence applications', owner: 'Environmental Health Manager', measure: 'Business case agreed by the Director of Place', status: 'not-started', project: 'E-forms for licensing' },
  ] },
  { service: 'IT & Digital', summary: 'Reliable, secure technology and the digital skills to use it well.', items: [
    { kind: 'project', title: 'Finish the Microsoft 365 migration', owner: 'head', measure: 'Every team on SharePoint and the old shared drives read-only', status: 'on-track', project: 'Microsoft 365 migration' },
    { kind: 'objective', title: 'Self-service password reset for all staff', owner: 'IT Service Desk Manager', measure: 'Password calls to the service desk halved', status: 'done' },
    { kind: 'objective', title: 'Monthly digital drop-ins with the champions network', owner: 'Digital Services Manager', measure: 'A drop-in at every site each month', status: 'on-track' },
    { kind: 'objective', title: 'Accessibility check of the 50 most used web pages', owner: 'Digital Services Manager', measure: 'All 50 pages meet WCAG 2.2 AA', status: 'at-risk' },
  ] },
  { service: 'Finance', summary: 'Sound finances and budget holders who can see their own figures.', items: [
    { kind: 'objective', title: 'Monthly budget monitoring in Power BI', owner: 'Financial Services Manager', measure: 'Every budget holder uses the dashboard instead of emailed spreadsheets', status: 'on-track', project: 'Power BI performance dashboards' },
  ] },
  { service: 'HR & Organisational Development', summary: 'A skilled, healthy workforce ready for new ways of working.', items: [
    { kind: 'objective', title: 'Digital skills in every induction', owner: 'Learning & OD Manager', measure: 'Every new starter completes the digital induction in their first month', status: 'done' },
    { kind: 'objective', title: 'Half of all staff take the digital skills audit', owner: 'Learning & OD Manager', measure: 'At least 50% of staff have submitted this year’s audit', status: 'on-track' },
  ] },
  { service: 'Policy & Performance', summary: 'Good information for decisions, and plans that deliver the council’s priorities.', items: [
    { kind: 'project', title: 'Performance dashboards for managers and councillors', owner: 'Performance Manager', measure: 'Quarterly performance report produced from Power BI', status: 'on-track', project: 'Power BI performance dashboards' },
    { kind: 'objective', title: 'Every service plan includes a digital objective', owner: 'head', measure: 'All 13 service plans have at least one digital objective', status: 'at-risk' },
  ] },
  { service: 'Cultural Services', summary: 'Libraries and heritage that welcome everyone, including people new to the internet.', items: [
    { kind: 'project', title: 'Self-service kiosks in both libraries', owner: 'Libraries Manager', measure: 'Two thirds of loans through the kiosks', status: 'done', project: 'Library self-service kiosks' },
    { kind: 'objective', title: 'Weekly digital help sessions for residents', owner: 'Libraries Manager', measure: 'A session every week at Central and Eastfield libraries', status: 'on-track' },
  ] },
  { service: 'Legal & Democratic Services', summary: 'Sound legal advice and well-run elections and committees. Digital objectives to follow after the committee papers review.', items: [] },
  { service: 'Communications', summary: 'Clear, timely information for residents and staff.', items: [] },
];

export async function seedDemoServicePlans(db: Db, world: DemoObjectiveWorld, yearId: string, projects: readonly DemoProject[], now: Date): Promise<void> {
  const projectIds = new Map(projects.map((project) => [project.definition.name, project.id]));
  const plans = PLANS.map((plan, index) => {
    const head = world.heads.get(plan.service);
    if (!head) throw new Error(`The demo service ${plan.service} has no head`);
    return { ...plan, id: randomUUID(), head, writtenAt: ago(now, 150 - index * 7), updatedAt: ago(now, 20 - index) };
  });
  await db
    .insertInto('service_plans')
    .values(
      plans.map((plan) => ({
        id: plan.id,
        service_id: world.serviceIds.get(plan.service)!,
        year_id: yearId,
        summary: plan.summary,
        updated_by: plan.head.id,
        created_at: plan.writtenAt,
        updated_at: plan.updatedAt,
      })),
    )
    .execute();
  const items = plans.flatMap((plan) =>
    plan.items.map((item, position) => ({
      plan_id: plan.id,
      kind: item.kind,
      title: item.title,
      owner_person_id: item.owner === 'head' ? plan.head.id : world.titled(item.owner, plan.service).id,
      measure: item.measure,
      status: item.status,
      project_id: item.project ? (projectIds.get(item.project) ?? null) : null,
      position,
      created_at: plan.writtenAt,
      updated_at: plan.updatedAt,
    })),
  );
  await db.insertInto('service_plan_items').values(items).execute();
}
