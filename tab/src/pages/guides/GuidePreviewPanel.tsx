import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { EyeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { previewGuide } from '../../api/guides-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';
import { GuideBody } from './GuideBody';

const useStyles = makeStyles({
  preview: {
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The body as readers will see it, rendered by the server on request (the same renderer that shows published guides). */
export function GuidePreviewPanel({ markdown }: { markdown: string }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [html, setHtml] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      setHtml((await previewGuide(api, markdown)).bodyHtml);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="preview-heading" className={shared.section}>
      <h2 id="preview-heading" className={shared.sectionHeading}>
        Preview
      </h2>
      <div>
        <Button icon={<EyeRegular />} disabledFocusable={busy} onClick={() => void show()}>
          {html === null ? 'Show preview' : 'Update preview'}
        </Button>
      </div>
      {error ? <ErrorState title="We could not show the preview" error={error} /> : null}
      <div role="status" className={shared.visuallyHidden}>
        {html !== null ? 'Preview updated.' : ''}
      </div>
      {html !== null ? (
        <div className={styles.preview}>
          {html ? <GuideBody html={html} label="Preview of the guide" /> : <p className={shared.paragraph}>Nothing to show yet.</p>}
        </div>
      ) : null}
    </section>
  );
}
