import { Button, Card, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArchiveRegular, ArrowUndoRegular, CheckmarkRegular, EditRegular, SendRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { Guide } from '../../../../api/src/contracts/guides';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { moveGuide, returnGuide } from '../../api/guides-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { useInternalLinkClick } from '../../router/history-router';
import { guideEditPath } from './guide-paths';

const COMMENT_ID = 'return-comment';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '44rem' },
});

const DONE: Record<'submit' | 'publish' | 'archive' | 'return', string> = {
  submit: 'Sent to the digital team. They will read it and publish it, or tell you what to change.',
  publish: 'Published. Everyone at the council can find it now.',
  archive: 'Archived. Nobody is offered this guide any more.',
  return: 'Sent back to the author with your note.',
};

/** The buttons the server says this person may use now, and the note that goes with sending a guide back. */
export function GuideActionsBar({ guide, onChanged }: { guide: Guide; onChanged: (guide: Guide, message: string) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [commentProblem, setCommentProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const edit = useInternalLinkClick(guideEditPath(guide.id));
  const { actions } = guide;

  const run = async (action: keyof typeof DONE, call: () => Promise<Guide>) => {
    setBusy(true);
    setError(null);
    try {
      const changed = await call();
      setReturning(false);
      onChanged(changed, DONE[action]);
    } catch (caught) {
      const apiError = asApiError(caught);
      const field = apiError.fieldErrors.find((problem) => problem.field === 'body.comment');
      if (field) setCommentProblem(`Your note ${field.message}`);
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  const sendBack = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (comment.trim().length < 3) {
      setCommentProblem('Say what the author should change');
      return;
    }
    setCommentProblem(null);
    void run('return', () => returnGuide(api, guide.id, comment.trim()));
  };

  if (!Object.values(actions).some(Boolean)) return null;
  return (
    <Card className={shared.card}>
      <section aria-labelledby="guide-actions-heading" className={shared.section}>
        <h2 id="guide-actions-heading" className={shared.sectionHeading}>
          What you can do
        </h2>
        {error ? <ErrorState title="That did not work" error={error} /> : null}
        <div className={styles.actions}>
          {actions.edit ? (
            <Button as="a" href={guideEditPath(guide.id)} onClick={edit} icon={<EditRegular />}>
              Change the guide
            </Button>
          ) : null}
          {actions.submit ? (
            <Button appearance="primary" icon={<SendRegular />} disabledFocusable={busy} onClick={() => void run('submit', () => moveGuide(api, guide.id, 'submit'))}>
              Submit for publishing
            </Button>
          ) : null}
          {actions.publish ? (
            <Button appearance="primary" icon={<CheckmarkRegular />} disabledFocusable={busy} onClick={() => void run('publish', () => moveGuide(api, guide.id, 'publish'))}>
              Publish
            </Button>
          ) : null}
          {actions.return && !returning ? (
            <Button icon={<ArrowUndoRegular />} onClick={() => setReturning(true)}>
              Send back to the author
            </Button>
          ) : null}
          {actions.archive ? (
            <Button icon={<ArchiveRegular />} disabledFocusable={busy} onClick={() => void run('archive', () => moveGuide(api, guide.id, 'archive'))}>
              Archive
            </Button>
          ) : null}
        </div>
        {returning ? (
          <form className={styles.form} onSubmit={sendBack} noValidate aria-labelledby="return-heading">
            <h3 id="return-heading" className={shared.subHeading}>
              Send it back to {guide.author?.displayName ?? 'the author'}
            </h3>
            {commentProblem ? (
              <ProblemSummary
                headingId="return-problems"
                detail="The guide was not sent back."
                focusKey={attempt}
                compact
                items={[{ key: 'comment', text: commentProblem, href: `#${COMMENT_ID}`, onFollow: () => document.getElementById(COMMENT_ID)?.focus() }]}
              />
            ) : null}
            <Field label="What should they change?" required validationMessage={commentProblem ?? undefined}>
              <Textarea id={COMMENT_ID} resize="vertical" value={comment} onChange={(_, data) => setComment(data.value)} />
            </Field>
            <div className={styles.actions}>
              <Button type="submit" appearance="primary" disabledFocusable={busy}>
                Send back
              </Button>
              <Button onClick={() => setReturning(false)}>Cancel</Button>
            </div>
          </form>
        ) : null}
      </section>
    </Card>
  );
}
