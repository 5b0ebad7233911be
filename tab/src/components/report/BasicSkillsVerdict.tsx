import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AuditReport } from '../../../../api/src/contracts/skills-audit';

function listOf(titles: string[]): string {
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/** The first thing a report says: does this person have the basic digital skills everyone needs? */
export function BasicSkillsVerdict({ basicSkills }: { basicSkills: AuditReport['basicSkills'] }) {
  if (basicSkills.met) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>You have the basic digital skills everyone needs</MessageBarTitle>
          {basicSkills.rule === 'every-task'
            ? 'You can do every task in the basic skills areas.'
            : 'You can do at least one task in every basic skills area.'}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const missing = listOf(basicSkills.missingCategories.map((category) => category.title));
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>You do not have all the basic digital skills yet</MessageBarTitle>
        {basicSkills.rule === 'every-task'
          ? `To have them, you need to be able to do every task in ${missing}.`
          : `To have them, you need to be able to do at least one task in ${missing}.`}{' '}
        Your learning plan below shows where to start. Lots of people are in the same place, and help is free.
      </MessageBarBody>
    </MessageBar>
  );
}
