import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useSharedStyles } from '../../components/shared-styles';

const useStyles = makeStyles({
  fieldset: {
    margin: '0',
    padding: '0',
    border: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  whole: { fontWeight: tokens.fontWeightSemibold },
  count: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
});

interface SkillPickerProps {
  categories: FrameworkCategory[];
  statementKeys: string[];
  categoryKeys: string[];
  onChange: (next: { statementKeys: string[]; categoryKeys: string[] }) => void;
}

function toggle(list: string[], key: string, on: boolean): string[] {
  return on ? [...new Set([...list, key])] : list.filter((item) => item !== key);
}

/**
 * Which skills a resource helps with: a whole category, or single statements. One
 * collapsible group per category keeps the long list manageable on a phone; each group is
 * a fieldset, so a screen reader names the category with every checkbox.
 */
export function SkillPicker({ categories, statementKeys, categoryKeys, onChange }: SkillPickerProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const chosenIn = (category: FrameworkCategory) =>
    (categoryKeys.includes(category.key) ? 1 : 0) + category.statements.filter((statement) => statementKeys.includes(statement.key)).length;

  return (
    <Accordion multiple collapsible>
      {categories.map((category) => {
        const chosen = chosenIn(category);
        return (
          <AccordionItem key={category.key} value={category.key}>
            <AccordionHeader>
              {/* One span, so the count flows after the title instead of becoming a column of its own. */}
              <span>
                {category.title} <span className={styles.count}>({chosen === 0 ? 'none chosen' : `${chosen} chosen`})</span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <fieldset className={styles.fieldset}>
                <legend className={shared.visuallyHidden}>{category.title}</legend>
                <Checkbox
                  className={styles.whole}
                  label={`The whole category: ${category.title}`}
                  checked={categoryKeys.includes(category.key)}
                  onChange={(_, data) => onChange({ statementKeys, categoryKeys: toggle(categoryKeys, category.key, data.checked === true) })}
                />
                {category.statements.map((statement) => (
                  <Checkbox
                    key={statement.key}
                    label={statement.text}
                    checked={statementKeys.includes(statement.key)}
                    onChange={(_, data) => onChange({ categoryKeys, statementKeys: toggle(statementKeys, statement.key, data.checked === true) })}
                  />
                ))}
              </fieldset>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
