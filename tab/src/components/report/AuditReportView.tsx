import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AuditReport } from '../../../../api/src/contracts/skills-audit';
import { BasicSkillsVerdict } from './BasicSkillsVerdict';
import { ChangeSinceLast } from './ChangeSinceLast';
import { LearningPlan } from './LearningPlan';
import { LevelsSection } from './LevelsSection';
import { StatementLists } from './StatementLists';
import { useMe } from '../../session/session-context';

/** A personal skills report: the verdict first, then levels, the detail, and what to do next. */
export function AuditReportView({ report }: { report: AuditReport }) {
  const categoryTitles = new Map(report.categories.map((category) => [category.key, category.title]));
  // Only the person can turn their own gaps into objectives; a manager or HR reading it cannot.
  const own = report.person.id === useMe().person.id;
  return (
    <>
      <BasicSkillsVerdict basicSkills={report.basicSkills} />
      {report.championCandidate ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Your skills are strong and up to date</MessageBarTitle>
            The digital team may invite you to become a Digital Champion: a volunteer who helps colleagues who are less
            confident. There is no obligation.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <LevelsSection categories={report.categories} />
      <StatementLists strengths={report.strengths} gaps={report.gaps} decays={report.decays} />
      <ChangeSinceLast previous={report.previous} />
      <LearningPlan items={report.learningPlan} categoryTitles={categoryTitles} canMakeObjectives={own} />
    </>
  );
}
