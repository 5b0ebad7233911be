import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  FrameworkDocument,
  type FrameworkChange,
  type FrameworkVersion,
  type StatementDocument,
} from '../../../../api/src/contracts/skills-framework';
import type { FieldProblem } from '../../../../api/src/contracts/common';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { saveFramework } from '../../api/framework-api';
import { asApiError } from '../../api/use-api-query';
import { useSharedStyles } from '../../components/shared-styles';
import { CategorySection, type CategoryActions, type EditorFocus } from './CategorySection';
import {
  addStatement,
  draftOf,
  moveStatement,
  removeStatement,
  statementKeysOf,
  updateCategory,
  updateStatement,
  type RetiredStatement,
} from './framework-draft';
import { FrameworkSummary } from './FrameworkSummary';
import { ProblemList } from './ProblemList';
import { SaveChanges } from './SaveChanges';
import type { StatementAction } from './StatementItem';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export type Problems = { detail: string; problems: FieldProblem[]; document: unknown };

/**
 * HR's editor: changes build up in a draft (the same document the server checks), are
 * checked with a dry run, and are saved as the next version with a note.
 */
export function FrameworkEditor({ base, onSaved }: { base: FrameworkVersion; onSaved: (version: number) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const original = useMemo(() => draftOf(base), [base]);
  const [draft, setDraftState] = useState<FrameworkDocument>(original);
  const [retired, setRetired] = useState<RetiredStatement[]>([]);
  const [focus, setFocus] = useState<EditorFocus>({ kind: 'none' });
  const [focusRequest, setFocusRequest] = useState<{ key: string; action: StatementAction } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [check, setCheck] = useState<FrameworkChange | null>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [requestError, setRequestError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'check' | 'save' | 'import' | null>(null);
  const [note, setNote] = useState('');
  const saveHeading = useRef<HTMLHeadingElement>(null);

  const dirty = JSON.stringify(draft) !== JSON.stringify(original);
  const takenKeys = useMemo(() => statementKeysOf(draft), [draft]);

  /** Any edit makes an earlier check out of date. */
  const setDraft = (next: FrameworkDocument) => {
    setDraftState(next);
    setCheck(null);
    setProblems(null);
  };

  const categoryOf = (statementKey: string) =>
    draft.categories.find((category) => category.statements.some((statement) => statement.key === statementKey));

  const actionsFor = (categoryKey: string): CategoryActions => ({
    open: (next) => setFocus(next),
    close: () => {
      if (focus.kind === 'statement') setFocusRequest({ key: focus.key, action: 'edit' });
      setFocus({ kind: 'none' });
    },
    saveStatement: (statementKey, next: StatementDocument) => {
      setDraft(updateStatement(draft, categoryKey, statementKey, next));
      setFocus({ kind: 'none' });
      setFocusRequest({ key: statementKey, action: 'edit' });
      setAnnouncement(`Changed “${next.text}”. Check your changes, then save them as a new version.`);
    },
    addStatement: (statement) => {
      setDraft(addStatement(draft, categoryKey, statement));
      setFocus({ kind: 'none' });
      setFocusRequest({ key: statement.key, action: 'edit' });
      setAnnouncement(`Added “${statement.text}”.`);
    },
    moveStatement: (statementKey, by) => {
      const category = categoryOf(statementKey);
      if (!category) return;
      const from = category.statements.findIndex((statement) => statement.key === statementKey);
      const to = from + by;
      if (to < 0 || to >= category.statements.length) return;
      setDraft(moveStatement(draft, categoryKey, statementKey, by));
      setFocusRequest({ key: statementKey, action: by < 0 ? 'up' : 'down' });
      setAnnouncement(`Moved “${category.statements[from]!.text}” to position ${to + 1} of ${category.statements.length} in ${category.title}.`);
    },
    retireStatement: (statementKey) => {
      const category = categoryOf(statementKey);
      const index = category?.statements.findIndex((statement) => statement.key === statementKey) ?? -1;
      const statement = category?.statements[index];
      if (!category || !statement) return;
      setDraft(removeStatement(draft, categoryKey, statementKey));
      setRetired([...retired, { categoryKey, statement }]);
      const neighbour = category.statements[index + 1] ?? category.statements[index - 1];
      if (neighbour) setFocusRequest({ key: neighbour.key, action: 'edit' });
      setAnnouncement(`Retired “${statement.text}”. You can bring it back until you save.`);
    },
    bringBack: (statementKey) => {
      const found = retired.find((item) => item.statement.key === statementKey);
      if (!found) return;
      setDraft(addStatement(draft, found.categoryKey, found.statement));
      setRetired(retired.filter((item) => item !== found));
      setFocusRequest({ key: statementKey, action: 'edit' });
      setAnnouncement(`Brought back “${found.statement.text}” at the end of its category.`);
    },
    saveCategory: (next) => {
      setDraft(updateCategory(draft, categoryKey, next));
      setFocus({ kind: 'none' });
      setAnnouncement(`Changed the category “${next.title}”.`);
    },
    focused: () => setFocusRequest(null),
  });

  const focused = useCallback(() => setFocusRequest(null), []);

  const runCheck = async (document: unknown, from: 'check' | 'import', fileName?: string) => {
    setBusy(from);
    setRequestError(null);
    setProblems(null);
    try {
      const change = await saveFramework(api, document, { dryRun: true });
      if (from === 'import') {
        const imported = FrameworkDocument.parse(document);
        setDraftState({ ...imported, note: undefined });
        setRetired([]);
        setFocus({ kind: 'none' });
        setNote(imported.note ?? '');
        setAnnouncement(`Imported ${fileName ?? 'the file'}. Check what would change below, then save it as a new version.`);
      }
      setCheck(change);
      requestAnimationFrame(() => saveHeading.current?.focus());
    } catch (caught) {
      const error = asApiError(caught);
      if (error.status === 422) {
        setProblems({
          detail: `${from === 'import' ? `${fileName ?? 'The file'} was not imported. ` : ''}${error.message} Nothing has been saved.`,
          problems: error.fieldErrors,
          document,
        });
      } else setRequestError(error);
    } finally {
      setBusy(null);
    }
  };

  const importFile = (fileName: string, text: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      setProblems({
        detail: `${fileName} is not valid JSON, so it cannot be a framework file. Nothing has been saved.`,
        problems: [{ field: 'body', message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` }],
        document: null,
      });
      return;
    }
    void runCheck(parsed, 'import', fileName);
  };

  const save = async () => {
    setBusy('save');
    setRequestError(null);
    try {
      const change = await saveFramework(api, { ...draft, note: note.trim() || undefined }, { dryRun: false });
      if (change.version !== null) onSaved(change.version);
      else setCheck(change);
    } catch (caught) {
      const error = asApiError(caught);
      if (error.status === 422) {
        setProblems({ detail: error.message, problems: error.fieldErrors, document: draft });
      }
      else setRequestError(error);
    } finally {
      setBusy(null);
    }
  };

  const retiredIn = (categoryKey: string) => retired.filter((item) => item.categoryKey === categoryKey).map((item) => item.statement);
  return (
    <div className={styles.sections}>
      <FrameworkSummary
        base={base}
        dirty={dirty}
        importBusy={busy === 'import'}
        onImport={importFile}
        onGoToSave={() => saveHeading.current?.focus()}
      />
      {problems ? (
        <ProblemList
          detail={problems.detail}
          problems={problems.problems}
          document={problems.document}
        />
      ) : null}
      {draft.categories.map((category) => (
        <CategorySection
          key={category.key}
          category={category}
          retired={retiredIn(category.key)}
          editor={{ focus, focusRequest, takenKeys, actions: { ...actionsFor(category.key), focused } }}
        />
      ))}
      <SaveChanges
        headingRef={saveHeading}
        nextVersion={base.version + 1}
        dirty={dirty}
        check={check}
        before={original}
        after={draft}
        note={note}
        busy={busy === 'check' ? 'check' : busy === 'save' ? 'save' : null}
        error={requestError}
        onNote={setNote}
        onCheck={() => void runCheck(draft, 'check')}
        onSave={() => void save()}
        onDiscard={() => {
          setDraft(original);
          setRetired([]);
          setFocus({ kind: 'none' });
          setNote('');
          setAnnouncement('Your changes have been discarded.');
        }}
      />
      <div role="status" className={shared.visuallyHidden}>
        {announcement}
      </div>
    </div>
  );
}
