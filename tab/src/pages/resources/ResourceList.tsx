import { Badge, Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ArchiveRegular, ArrowUndoRegular, EditRegular, OpenRegular } from '@fluentui/react-icons';
import { RESOURCE_KIND_LABELS, type LearningResource } from '../../../../api/src/contracts/learning-resources';
import { useSharedStyles } from '../../components/shared-styles';

const useStyles = makeStyles({
  list: { margin: '0', padding: '0', listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  facts: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  linkIcon: { verticalAlign: 'middle', marginInlineStart: tokens.spacingHorizontalXXS },
});

interface ResourceListProps {
  items: LearningResource[];
  /** Statement and category titles by key, for "Helps with". */
  skillNames: ReadonlyMap<string, string>;
  canEdit: boolean;
  busyId: string | null;
  onEdit: (resource: LearningResource) => void;
  onArchive: (resource: LearningResource, archived: boolean) => void;
}

function facts(resource: LearningResource): string {
  return [resource.provider, resource.durationMinutes ? `about ${resource.durationMinutes} minutes` : null].filter(Boolean).join(' · ');
}

export function ResourceList({ items, skillNames, canEdit, busyId, onEdit, onArchive }: ResourceListProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <ul className={styles.list} aria-label="Learning resources">
      {items.map((resource) => {
        const helpsWith = [...resource.categoryKeys, ...resource.statementKeys].map((key) => skillNames.get(key) ?? key);
        return (
          <li key={resource.id} className={shared.listEntry}>
            <h3 className={shared.listEntryTitle}>
              {resource.url ? (
                <Link href={resource.url} target="_blank" rel="noopener noreferrer">
                  {resource.title}
                  <OpenRegular aria-hidden="true" className={styles.linkIcon} />
                  <span className={shared.visuallyHidden}> (opens in a new tab)</span>
                </Link>
              ) : (
                resource.title
              )}
            </h3>
            <div className={styles.badges}>
              <Badge appearance="tint" color="brand" shape="rounded">
                {RESOURCE_KIND_LABELS[resource.kind]}
              </Badge>
              {resource.archived ? (
                <Badge appearance="tint" color="warning" shape="rounded">
                  Archived
                </Badge>
              ) : null}
              {facts(resource) ? <span className={styles.facts}>{facts(resource)}</span> : null}
            </div>
            <p className={shared.paragraph}>{resource.description}</p>
            {helpsWith.length > 0 ? (
              <p className={`${shared.paragraph} ${styles.facts}`}>Helps with: {helpsWith.join('; ')}</p>
            ) : null}
            {canEdit ? (
              <div className={styles.actions}>
                <Button size="small" icon={<EditRegular />} onClick={() => onEdit(resource)}>
                  Change<span className={shared.visuallyHidden}> {resource.title}</span>
                </Button>
                <Button
                  size="small"
                  icon={resource.archived ? <ArrowUndoRegular /> : <ArchiveRegular />}
                  disabledFocusable={busyId === resource.id}
                  onClick={() => onArchive(resource, !resource.archived)}
                >
                  {resource.archived ? 'Restore' : 'Archive'}
                  <span className={shared.visuallyHidden}> {resource.title}</span>
                </Button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
