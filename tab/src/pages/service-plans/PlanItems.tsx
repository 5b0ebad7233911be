import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { PLAN_ITEM_KIND_LABELS, PLAN_ITEM_STATUS_LABELS, type ServicePlan, type ServicePlanItem } from '../../../../api/src/contracts/service-plans';
import { useApi } from '../../api/api-context';
import { removeServicePlanItem, updateServicePlanItem } from '../../api/service-plans-api';
import { asApiError } from '../../api/use-api-query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSharedStyles } from '../../components/shared-styles';
import { StatusBadge } from '../../components/StatusBadge';
import { RouterLink } from '../../router/RouterLink';
import { projectViewPath } from '../projects/project-paths';
import { PlanItemForm } from './PlanItemForm';
import { STATUS_COLOURS } from './service-plan-format';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: {
    margin: '0',
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: '0', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'change'; itemId: string };

/** The plan's digital objectives and projects; for those who may edit, ways to add, change, move and remove them. */
export function PlanItems({
  plan,
  onChanged,
  onFailed,
}: {
  plan: ServicePlan;
  onChanged: (plan: ServicePlan, message: string) => void;
  onFailed: (message: string) => void;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [removing, setRemoving] = useState<ServicePlanItem | null>(null);
  const [busy, setBusy] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<string | null>(null);

  useEffect(() => {
    // Back from a form, focus returns to what opened it: the Add button, or the item's Change
    // button. (After a removal the confirm dialog sends it to the message saying so.)
    if (editing.kind !== 'none' || !returnFocusTo.current) return;
    const target = returnFocusTo.current === 'add' ? addButton.current : document.getElementById(returnFocusTo.current);
    target?.focus();
    returnFocusTo.current = null;
  }, [editing, plan]);

  const close = (focus: string) => {
    returnFocusTo.current = focus;
    setEditing({ kind: 'none' });
  };

  const move = async (item: ServicePlanItem, position: number) => {
    setBusy(true);
    try {
      const saved = await updateServicePlanItem(api, plan.service.id, item.id, { position });
      onChanged(saved, `Moved “${item.title}” to number ${position + 1} of ${saved.items.length}.`);
    } catch (caught) {
      onFailed(asApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (item: ServicePlanItem) => {
    setBusy(true);
    try {
      const saved = await removeServicePlanItem(api, plan.service.id, item.id);
      setRemoving(null);
      onChanged(saved, `Removed “${item.title}” from the plan.`);
    } catch (caught) {
      setRemoving(null);
      onFailed(asApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  const count = plan.items.length;
  return (
    <section aria-labelledby="plan-items-heading" className={shared.section}>
      <h2 id="plan-items-heading" className={shared.sectionHeading}>
        Digital objectives and projects
      </h2>
      {count === 0 ? <p className={shared.paragraph}>The plan has none yet.</p> : null}
      {count > 0 ? (
        <ol className={styles.list} aria-label="Digital objectives and projects">
          {plan.items.map((item, index) => (
            <li key={item.id}>
              <Card className={shared.card}>
                {editing.kind === 'change' && editing.itemId === item.id ? (
                  <PlanItemForm
                    plan={plan}
                    item={item}
                    onSaved={(saved, message) => {
                      close(`change-${item.id}`);
                      onChanged(saved, message);
                    }}
                    onCancel={() => close(`change-${item.id}`)}
                  />
                ) : (
                  <div className={styles.item}>
                    <h3 className={shared.subHeading}>{item.title}</h3>
                    <dl className={styles.facts}>
                      <dt className={styles.term}>Kind</dt>
                      <dd className={styles.value}>{PLAN_ITEM_KIND_LABELS[item.kind]}</dd>
                      <dt className={styles.term}>Owner</dt>
                      <dd className={styles.value}>{item.owner?.displayName ?? 'Not recorded'}</dd>
                      <dt className={styles.term}>Measure</dt>
                      <dd className={styles.value}>{item.measure}</dd>
                      <dt className={styles.term}>Status</dt>
                      <dd className={styles.value}>
                        <StatusBadge status={item.status} labels={PLAN_ITEM_STATUS_LABELS} colours={STATUS_COLOURS} />
                      </dd>
                      {item.project ? (
                        <>
                          <dt className={styles.term}>Register project</dt>
                          <dd className={styles.value}>
                            <RouterLink href={projectViewPath(item.project.id)}>{item.project.name}</RouterLink>
                          </dd>
                        </>
                      ) : null}
                    </dl>
                    {plan.canEdit ? (
                      <div className={styles.actions}>
                        <Button id={`change-${item.id}`} size="small" icon={<EditRegular />} disabledFocusable={busy} onClick={() => setEditing({ kind: 'change', itemId: item.id })}>
                          Change<span className={shared.visuallyHidden}> “{item.title}”</span>
                        </Button>
                        <Button size="small" icon={<ArrowUpRegular />} disabledFocusable={busy || index === 0} onClick={() => void move(item, index - 1)}>
                          Move up<span className={shared.visuallyHidden}> “{item.title}”</span>
                        </Button>
                        <Button size="small" icon={<ArrowDownRegular />} disabledFocusable={busy || index === count - 1} onClick={() => void move(item, index + 1)}>
                          Move down<span className={shared.visuallyHidden}> “{item.title}”</span>
                        </Button>
                        <Button size="small" icon={<DeleteRegular />} disabledFocusable={busy} onClick={() => setRemoving(item)}>
                          Remove<span className={shared.visuallyHidden}> “{item.title}”</span>
                        </Button>
                      </div>
                    ) : null}
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ol>
      ) : null}
      {plan.canEdit ? (
        editing.kind === 'add' ? (
          <Card className={shared.card}>
            <h3 className={shared.subHeading}>Add an objective or project</h3>
            <PlanItemForm
              plan={plan}
              item={null}
              onSaved={(saved, message) => {
                close('add');
                onChanged(saved, message);
              }}
              onCancel={() => close('add')}
            />
          </Card>
        ) : (
          <div>
            <Button ref={addButton} appearance="primary" icon={<AddRegular />} onClick={() => setEditing({ kind: 'add' })}>
              Add an objective or project
            </Button>
          </div>
        )
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove “${removing?.title ?? ''}”?`}
        confirmLabel="Remove it"
        cancelLabel="No, keep it"
        busy={busy}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        {count === 1
          ? 'It is the plan’s only digital objective or project: without it, the plan will no longer have one.'
          : 'It will be taken out of the plan. This cannot be undone.'}
      </ConfirmDialog>
    </section>
  );
}
