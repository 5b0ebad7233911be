import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { plural } from '../../components/format';

const useStyles = makeStyles({
  root: { outlineStyle: 'none' },
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** One person the file would give another Microsoft 365 account: the row, and what would happen. */
export interface IdentityChangeLine {
  row: number;
  text: string;
}

/**
 * A file that changes the account someone signs in with hands their record to whoever
 * holds that account, so HR ticks to say they have checked each one before importing.
 */
export function IdentityChangeConfirmation({
  changes,
  confirmed,
  onConfirmedChange,
  takeFocus,
}: {
  changes: IdentityChangeLine[];
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  /** When the import was refused for want of this confirmation, so the warning is read out at once. */
  takeFocus: boolean;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus, changes]);
  return (
    <div ref={ref} tabIndex={-1} className={styles.root} role="group" aria-labelledby="identity-changes-title">
      {/* Its title has an id of its own (the group around it is named by it), so the bar must point at that id too. */}
      <MessageBar intent="warning" layout="multiline" aria-labelledby="identity-changes-title">
        <MessageBarBody>
          <MessageBarTitle id="identity-changes-title">Check who will sign in with another account</MessageBarTitle>
          This file gives {plural(changes.length, 'person', 'people')} another Microsoft 365 account to sign in with. Whoever
          uses that account will see their skills audit, objectives and help requests.
          <ul className={styles.list} aria-label="People who will sign in with another account">
            {changes.map((change) => (
              <li key={change.row}>
                Row {change.row}: {change.text}
              </li>
            ))}
          </ul>
          <Checkbox
            label="I have checked these accounts are right"
            checked={confirmed}
            onChange={(_, data) => onConfirmedChange(data.checked === true)}
          />
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
