import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { OBJECTIVE_KIND_LABELS, OBJECTIVE_KINDS } from '../../../../api/src/contracts/objectives';
import { useSharedStyles } from '../../components/shared-styles';
import { OBJECTIVE_KIND_EXPLANATIONS } from './objective-format';

const useStyles = makeStyles({
  list: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '70ch' },
  kind: { fontWeight: tokens.fontWeightSemibold },
});

/** For someone who has never had one: what a digital objective is, and the three kinds to choose from. */
export function ObjectiveKindsExplained() {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="kinds-heading" className={shared.section}>
        <h2 id="kinds-heading" className={shared.sectionHeading}>
          What is a digital objective?
        </h2>
        <p className={shared.paragraph}>
          Every year, as part of your appraisal, you agree at least one digital objective with your manager. It is something
          digital you will do during the year. It can be small. There are three kinds:
        </p>
        <ul className={styles.list}>
          {OBJECTIVE_KINDS.map((kind) => (
            <li key={kind}>
              <span className={styles.kind}>{OBJECTIVE_KIND_LABELS[kind]}.</span> {OBJECTIVE_KIND_EXPLANATIONS[kind]}
            </li>
          ))}
        </ul>
        <p className={shared.paragraph}>
          You write it, then propose it to your manager. They agree it or ask you to change something. During the year you
          record check-ins to say how it is going, and at the end your manager records how it went.
        </p>
      </section>
    </Card>
  );
}
