import { describe, expect, it } from '@jest/globals';
import { generateDemoCouncil } from '../../api/src/demo/demo-council.js';
import { planStaffImport } from '../../api/src/domain/directory/staff-import-plan.js';

describe('generateDemoCouncil', () => {
  const council = generateDemoCouncil();

  it('is the same council every time', () => {
    expect(generateDemoCouncil()).toEqual(council);
  });

  it('has about 400 staff in at least 10 services across several sites', () => {
    expect(council.rows.length).toBeGreaterThanOrEqual(380);
    expect(council.rows.length).toBeLessThanOrEqual(420);
    expect(new Set(council.rows.map((row) => row.service)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(council.rows.map((row) => row.site)).size).toBeGreaterThanOrEqual(4);
  });

  it('imports cleanly into an empty directory: one management tree, no loops, unique e-mails', () => {
    const { plan, errors } = planStaffImport(council.rows, { people: [], services: [], sites: [] });
    expect(errors).toEqual([]);
    expect(plan?.creates).toHaveLength(council.rows.length);
    expect(council.rows.filter((row) => row.lineManagerEmail === null)).toHaveLength(1);
  });

  it('has a head for every service and a ready persona for every role', () => {
    expect(new Set(council.heads.map((head) => head.service))).toEqual(new Set(council.rows.map((row) => row.service)));
    expect(new Set(council.personas.map((persona) => persona.role))).toEqual(new Set(['staff', 'lineManager', 'headOfService', 'hr', 'digital', 'policy', 'admin']));
    const emails = new Set(council.rows.filter((row) => row.status === 'active').map((row) => row.email));
    expect(council.personas.every((persona) => emails.has(persona.email))).toBe(true);
  });

  it('gives every manager persona real reports', () => {
    const manager = council.personas.find((persona) => persona.role === 'lineManager')!;
    expect(council.rows.filter((row) => row.lineManagerEmail === manager.email).length).toBeGreaterThan(5);
  });
});
