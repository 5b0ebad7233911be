import { makeStyles, tokens } from '@fluentui/react-components';
import type { FieldProblem } from '../../../../api/src/contracts/common';
import { ProblemSummary } from '../../components/ProblemSummary';

const useStyles = makeStyles({
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground2 },
});

/** `body.categories[2].statements[4].key` → `categories[2].statements[4].key`: the path inside the file. */
function pathInFile(field: string): string {
  return field.replace(/^body\.?/, '') || '(whole file)';
}

/** "Foundation, statement 5 (“Make a strong password…”)" for a path, when the document has it. */
function describe(field: string, document: unknown): string | null {
  const match = /categories\[(\d+)\](?:\.statements\[(\d+)\])?/.exec(field);
  if (!match) return null;
  const categories = (document as { categories?: unknown } | null)?.categories;
  const category = Array.isArray(categories) ? (categories[Number(match[1])] as { title?: unknown; statements?: unknown } | undefined) : undefined;
  const categoryName = typeof category?.title === 'string' && category.title.trim() !== '' ? category.title : `Category ${Number(match[1]) + 1}`;
  if (match[2] === undefined) return categoryName;
  const statements = Array.isArray(category?.statements) ? category.statements : [];
  const statement = statements[Number(match[2])] as { text?: unknown } | undefined;
  const text = typeof statement?.text === 'string' && statement.text.trim() !== '' ? ` (“${statement.text}”)` : '';
  return `${categoryName}, statement ${Number(match[2]) + 1}${text}`;
}

/**
 * Every problem the server found in a framework document, each with its path in the file
 * (and the category or statement it is in), so HR can fix them all in one go.
 */
export function ProblemList({ detail, problems, document }: { detail: string; problems: FieldProblem[]; document: unknown }) {
  const styles = useStyles();
  return (
    <ProblemSummary
      headingId="framework-problems-heading"
     
      detail={detail}
      focusKey={problems}
      listLabel="Problems found"
      items={problems.map((problem, index) => {
        const where = describe(problem.field, document);
        return {
          key: `${problem.field}-${index}`,
          text: (
            <>
              <span className={styles.path}>{pathInFile(problem.field)}</span>: {problem.message}
              {where ? <span className={styles.where}> — {where}</span> : null}
            </>
          ),
        };
      })}
    />
  );
}
