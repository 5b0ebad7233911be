import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { StatementDocument } from '../../../../api/src/contracts/skills-framework';
import { useSharedStyles } from '../../components/shared-styles';
import { StatementForm } from './StatementForm';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  text: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  key: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  detail: { margin: '0', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, maxWidth: '70ch' },
  label: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export type StatementAction = 'edit' | 'up' | 'down';

interface StatementItemProps {
  statement: StatementDocument;
  position: number;
  count: number;
  /** Null for people who can only read the framework. */
  editing: boolean | null;
  /** Set after a move or an edit, so focus stays with the statement the person was working on. */
  focusOn: StatementAction | null;
  takenKeys: ReadonlySet<string>;
  onFocused: () => void;
  onEdit: () => void;
  onSave: (statement: StatementDocument) => void;
  onCancel: () => void;
  onMove: (by: -1 | 1) => void;
  onRetire: () => void;
}

export function StatementItem(props: StatementItemProps) {
  const { statement, position, count, editing, focusOn, onFocused } = props;
  const styles = useStyles();
  const shared = useSharedStyles();
  const buttons = useRef<Record<StatementAction, HTMLElement | null>>({ edit: null, up: null, down: null });

  useEffect(() => {
    if (!focusOn || editing) return;
    buttons.current[focusOn]?.focus();
    onFocused();
  }, [focusOn, editing, position, onFocused]);

  if (editing) {
    return (
      <li className={styles.item}>
        <StatementForm
          heading={`Change statement ${position}`}
          initial={statement}
          takenKeys={props.takenKeys}
          onSave={props.onSave}
          onCancel={props.onCancel}
        />
      </li>
    );
  }

  const named = <span className={shared.visuallyHidden}> “{statement.text}”</span>;
  return (
    <li className={styles.item}>
      <div className={styles.top}>
        <span className={styles.text}>{statement.text}</span>
        <Badge appearance="outline" shape="rounded" color={statement.context === 'work' ? 'brand' : 'informative'}>
          {statement.context === 'work' ? 'For work' : 'For life'}
        </Badge>
      </div>
      <span className={styles.key}>
        <span className={shared.visuallyHidden}>Key: </span>
        {statement.key}
      </span>
      <p className={styles.detail}>
        <span className={styles.label}>Help: </span>
        {statement.helpText}
      </p>
      <p className={styles.detail}>
        <span className={styles.label}>Example: </span>
        {statement.example}
      </p>
      {editing === false ? (
        <div className={styles.actions}>
          <Button ref={(element) => { buttons.current.edit = element; }} size="small" icon={<EditRegular />} onClick={props.onEdit}>
            Change{named}
          </Button>
          <Button ref={(element) => { buttons.current.up = element; }} size="small" icon={<ArrowUpRegular />} disabledFocusable={position === 1} onClick={() => props.onMove(-1)}>
            Move up{named}
          </Button>
          <Button ref={(element) => { buttons.current.down = element; }} size="small" icon={<ArrowDownRegular />} disabledFocusable={position === count} onClick={() => props.onMove(1)}>
            Move down{named}
          </Button>
          <Button size="small" icon={<DeleteRegular />} onClick={props.onRetire}>
            Retire{named}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
