import { Badge, Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowUndoRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { CategoryDocument, StatementDocument } from '../../../../api/src/contracts/skills-framework';
import { useSharedStyles } from '../../components/shared-styles';
import { CategoryForm } from './CategoryForm';
import { StatementForm } from './StatementForm';
import { StatementItem, type StatementAction } from './StatementItem';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { margin: '0', padding: '0', listStyleType: 'none' },
  retired: {
    margin: '0',
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  retiredItem: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** What the person is doing in the editor at the moment: one form open at a time. */
export type EditorFocus =
  | { kind: 'none' }
  | { kind: 'statement'; key: string }
  | { kind: 'add'; categoryKey: string }
  | { kind: 'category'; categoryKey: string };

export interface CategoryActions {
  open(focus: EditorFocus): void;
  close(): void;
  saveStatement(statementKey: string, next: StatementDocument): void;
  addStatement(statement: StatementDocument): void;
  moveStatement(statementKey: string, by: -1 | 1): void;
  retireStatement(statementKey: string): void;
  bringBack(statementKey: string): void;
  saveCategory(next: Pick<CategoryDocument, 'title' | 'description' | 'basic'>): void;
  focused(): void;
}

interface CategorySectionProps {
  category: CategoryDocument;
  /** Statements retired from this category in the unsaved draft. */
  retired: StatementDocument[];
  /** Null when the person can only read. */
  editor: {
    focus: EditorFocus;
    focusRequest: { key: string; action: StatementAction } | null;
    takenKeys: ReadonlySet<string>;
    actions: CategoryActions;
  } | null;
}

export function CategorySection({ category, retired, editor }: CategorySectionProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = `category-${category.key}`;
  const focus = editor?.focus ?? { kind: 'none' };
  const actions = editor?.actions;
  const changeButton = useRef<HTMLButtonElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const openHere = focus.kind === 'category' || focus.kind === 'add' ? (focus.categoryKey === category.key ? focus.kind : null) : null;
  const wasOpen = useRef(openHere);
  const focusRequested = editor?.focusRequest !== null && editor?.focusRequest !== undefined;

  // When a form in this section closes, focus goes back to the button that opened it,
  // unless a statement has asked for it (a statement just added).
  useEffect(() => {
    const closed = wasOpen.current;
    wasOpen.current = openHere;
    if (openHere !== null || closed === null || focusRequested) return;
    (closed === 'category' ? changeButton : addButton).current?.focus();
  }, [openHere, focusRequested]);

  return (
    <Card className={shared.card}>
      <section aria-labelledby={headingId} className={shared.section}>
        <div className={styles.header}>
          <h2 id={headingId} className={shared.sectionHeading}>
            {category.title}
          </h2>
          {category.basic ? (
            <Badge appearance="tint" color="brand" shape="rounded">
              Basic digital skills
            </Badge>
          ) : null}
        </div>
        <p className={`${shared.paragraph} ${shared.muted}`}>{category.description}</p>
        {actions && focus.kind === 'category' && focus.categoryKey === category.key ? (
          <CategoryForm initial={category} onSave={actions.saveCategory} onCancel={actions.close} />
        ) : actions ? (
          <div className={styles.actions}>
            <Button
              ref={changeButton}
              size="small"
              icon={<EditRegular />}
              onClick={() => actions.open({ kind: 'category', categoryKey: category.key })}
            >
              Change category<span className={shared.visuallyHidden}> {category.title}</span>
            </Button>
          </div>
        ) : null}

        <ol className={styles.list} aria-label={`Statements in ${category.title}`}>
          {category.statements.map((statement, index) => (
            <StatementItem
              key={statement.key}
              statement={statement}
              position={index + 1}
              count={category.statements.length}
              editing={editor ? focus.kind === 'statement' && focus.key === statement.key : null}
              focusOn={editor?.focusRequest?.key === statement.key ? editor.focusRequest.action : null}
              takenKeys={editor?.takenKeys ?? new Set()}
              onFocused={() => actions?.focused()}
              onEdit={() => actions?.open({ kind: 'statement', key: statement.key })}
              onSave={(next) => actions?.saveStatement(statement.key, next)}
              onCancel={() => actions?.close()}
              onMove={(by) => actions?.moveStatement(statement.key, by)}
              onRetire={() => actions?.retireStatement(statement.key)}
            />
          ))}
        </ol>

        {actions && retired.length > 0 ? (
          <div>
            <h3 className={shared.subHeading}>Retired in this draft</h3>
            <ul className={styles.retired}>
              {retired.map((statement) => (
                <li key={statement.key} className={styles.retiredItem}>
                  <span>{statement.text}</span>
                  <Button size="small" icon={<ArrowUndoRegular />} onClick={() => actions.bringBack(statement.key)}>
                    Bring back<span className={shared.visuallyHidden}> “{statement.text}”</span>
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        {actions && focus.kind === 'add' && focus.categoryKey === category.key ? (
          <StatementForm
            heading={`Add a statement to ${category.title}`}
            initial={null}
            takenKeys={editor.takenKeys}
            onSave={actions.addStatement}
            onCancel={actions.close}
          />
        ) : actions ? (
          <div className={styles.actions}>
            <Button ref={addButton} icon={<AddRegular />} onClick={() => actions.open({ kind: 'add', categoryKey: category.key })}>
              Add a statement<span className={shared.visuallyHidden}> to {category.title}</span>
            </Button>
          </div>
        ) : null}
      </section>
    </Card>
  );
}
