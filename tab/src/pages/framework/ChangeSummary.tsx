import { makeStyles, tokens } from '@fluentui/react-components';
import type { FrameworkChange, FrameworkDocument } from '../../../../api/src/contracts/skills-framework';
import { useSharedStyles } from '../../components/shared-styles';

const useStyles = makeStyles({
  groups: { display: 'grid', gap: tokens.spacingVerticalM },
  list: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXXS },
  key: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function textsByKey(...documents: (FrameworkDocument | undefined)[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const document of documents) {
    for (const category of document?.categories ?? []) {
      texts.set(category.key, category.title);
      for (const statement of category.statements) texts.set(statement.key, statement.text);
    }
  }
  return texts;
}

const GROUPS = [
  ['added', 'Added'],
  ['retired', 'Retired'],
  ['reworded', 'Reworded'],
  ['moved', 'Moved'],
  ['categoriesChanged', 'Categories changed'],
] as const;

/** What saving the draft would change, statement by statement, so HR can check before saving. */
export function ChangeSummary({ change, before, after }: { change: FrameworkChange; before: FrameworkDocument; after: FrameworkDocument }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  // New wording first, so a reworded statement shows as it will read.
  const texts = textsByKey(before, after);
  return (
    <div className={styles.groups}>
      {change.renamed ? <p className={shared.paragraph}>The framework has a new name: {after.name}.</p> : null}
      {GROUPS.map(([field, label]) =>
        change[field].length > 0 ? (
          <div key={field}>
            <h3 className={shared.subHeading}>
              {label} ({change[field].length})
            </h3>
            <ul className={styles.list}>
              {change[field].map((key) => (
                <li key={key}>
                  {texts.get(key) ?? key} <span className={styles.key}>({key})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </div>
  );
}
