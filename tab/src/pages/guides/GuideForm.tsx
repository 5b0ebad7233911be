import { Button, Card, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, SaveRegular, SendRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { GUIDE_LIMITS, type Guide, type GuideInput } from '../../../../api/src/contracts/guides';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { createGuide, moveGuide, updateGuide } from '../../api/guides-api';
import { asApiError } from '../../api/use-api-query';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { useRouter } from '../../router/history-router';
import { SkillPicker } from '../resources/SkillPicker';
import { GUIDE_FIELDS, guideProblems, problemItems } from './guide-form-problems';
import { guideViewPath } from './guide-paths';
import { GuidePreviewPanel } from './GuidePreviewPanel';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  body: { fontFamily: tokens.fontFamilyMonospace },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupLabel: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const MARKDOWN_HINT =
  'Write one step per line. Start a line with # for a heading, 1. for a numbered step or - for a bullet. Put **two stars** round words to make them bold, and write a link as [the words](https://the.address).';

function inputOf(guide: Guide | null): GuideInput {
  return {
    title: guide?.title ?? '',
    summary: guide?.summary ?? '',
    bodyMarkdown: guide?.bodyMarkdown ?? '',
    categoryKeys: guide?.categoryKeys ?? [],
    statementKeys: guide?.statementKeys ?? [],
  };
}

/** The guide's words and skills. A new guide or a draft can be saved, or saved and sent for publishing in one go. */
export function GuideForm({ guide, categories }: { guide: Guide | null; categories: FrameworkCategory[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const { navigate } = useRouter();
  const [draft, setDraft] = useState<GuideInput>(() => inputOf(guide));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const problems = guideProblems(error);
  const items = problemItems(problems);
  const isDraft = guide === null || guide.status === 'draft';
  const set = (next: Partial<GuideInput>) => setDraft((current) => ({ ...current, ...next }));

  const save = async (thenSubmit: boolean) => {
    setBusy(true);
    setError(null);
    setAttempt((count) => count + 1);
    try {
      let saved = guide ? await updateGuide(api, guide.id, draft) : await createGuide(api, draft);
      if (thenSubmit && saved.actions.submit) saved = await moveGuide(api, saved.id, 'submit');
      navigate(guideViewPath(saved.id));
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={submit} noValidate aria-label={guide ? `Change “${guide.title}”` : 'Write a guide'}>
        {items.length > 0 ? <ProblemSummary headingId="guide-problems" detail="The guide was not saved." items={items} focusKey={attempt} scrollOnFocus /> : null}
        <Field label="Title" required hint={`Say what the guide helps people do, such as “Book a meeting room in Outlook”. ${GUIDE_LIMITS.titleMin} to ${GUIDE_LIMITS.titleMax} characters.`} validationMessage={problems.byField.title}>
          <Input id={GUIDE_FIELDS.title.id} value={draft.title} onChange={(_, data) => set({ title: data.value })} />
        </Field>
        <Field label="Summary (optional)" hint={`One or two sentences shown in the list of guides. Up to ${GUIDE_LIMITS.summaryMax} characters.`} validationMessage={problems.byField.summary}>
          <Textarea id={GUIDE_FIELDS.summary.id} resize="vertical" value={draft.summary} onChange={(_, data) => set({ summary: data.value })} />
        </Field>
        <Field label="The guide" required hint={MARKDOWN_HINT} validationMessage={problems.byField.bodyMarkdown}>
          <Textarea
            id={GUIDE_FIELDS.bodyMarkdown.id}
            textarea={{ className: styles.body, rows: 16 }}
            resize="vertical"
            value={draft.bodyMarkdown}
            onChange={(_, data) => set({ bodyMarkdown: data.value })}
          />
        </Field>
        <GuidePreviewPanel markdown={draft.bodyMarkdown} />
        <div id={GUIDE_FIELDS.skills.id} role="group" aria-labelledby="guide-skills-label" aria-describedby="guide-skills-hint guide-skills-error" className={styles.group}>
          <span id="guide-skills-label" className={styles.groupLabel}>
            Skills it helps with
          </span>
          <span id="guide-skills-hint" className={styles.hint}>
            Learning plans and help requests suggest the guide to people who need these skills.
          </span>
          <span id="guide-skills-error" className={styles.error}>
            {problems.byField.skills ? (
              <>
                <ErrorCircleRegular aria-hidden="true" /> {problems.byField.skills}
              </>
            ) : null}
          </span>
          <SkillPicker categories={categories} statementKeys={draft.statementKeys} categoryKeys={draft.categoryKeys} onChange={(keys) => set(keys)} />
        </div>
        <div className={styles.actions}>
          <Button type="submit" appearance={isDraft ? 'secondary' : 'primary'} icon={<SaveRegular />} disabledFocusable={busy}>
            {isDraft ? 'Save draft' : 'Save changes'}
          </Button>
          {isDraft ? (
            <Button appearance="primary" icon={<SendRegular />} disabledFocusable={busy} onClick={() => void save(true)}>
              Submit for publishing
            </Button>
          ) : null}
        </div>
      </form>
    </Card>
  );
}
