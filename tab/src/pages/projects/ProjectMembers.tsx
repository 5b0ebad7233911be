import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useRef, useState, type FormEvent } from 'react';
import { PROJECT_LIMITS, type ProjectDetail } from '../../../../api/src/contracts/projects';
import type { PersonRef } from '../../../../api/src/contracts/champions';
import { PersonCombobox } from '../../components/PersonCombobox';
import { useApi } from '../../api/api-context';
import { removeProjectMember, setProjectMember } from '../../api/projects-api';
import { asApiError } from '../../api/use-api-query';
import { useSharedStyles } from '../../components/shared-styles';
import type { Announce } from './FollowButton';

const useStyles = makeStyles({
  heading: { outlineStyle: 'none' },
  list: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
  member: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem' },
});

/** Who is in the project and what they do; the digital team adds people and takes them off. */
export function ProjectMembers({ project, announce, onChanged }: { project: ProjectDetail; announce: Announce; onChanged: (project: ProjectDetail) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const remove = async (person: { id: string; displayName: string }) => {
    setBusyId(person.id);
    try {
      onChanged(await removeProjectMember(api, project.id, person.id));
      announce('success', `${person.displayName} is no longer in ${project.name}.`);
      // Their button has gone: the list's heading is the nearest sensible place for focus.
      headingRef.current?.focus();
    } catch (caught) {
      announce('error', `${person.displayName} was not taken off the project: ${asApiError(caught).message}`);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section aria-labelledby="members-heading" className={shared.section}>
      <h2 id="members-heading" ref={headingRef} tabIndex={-1} className={`${shared.sectionHeading} ${styles.heading}`}>
        Members
      </h2>
      {project.members.length === 0 ? (
        <p className={shared.paragraph}>Nobody has been added to this project yet.</p>
      ) : (
        <ul className={styles.list} aria-label="Members">
          {project.members.map((member) => (
            <li key={member.person.id} className={styles.member}>
              <span>
                {member.person.displayName}
                {member.role ? `, ${member.role}` : ''}
              </span>
              {project.canCurate ? (
                <Button size="small" icon={<DeleteRegular />} disabledFocusable={busyId === member.person.id} onClick={() => void remove(member.person)}>
                  Remove<span className={shared.visuallyHidden}> {member.person.displayName} from the project</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {project.canCurate ? <AddMember project={project} announce={announce} onChanged={onChanged} /> : null}
    </section>
  );
}

function AddMember({ project, announce, onChanged }: { project: ProjectDetail; announce: Announce; onChanged: (project: ProjectDetail) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [person, setPerson] = useState<PersonRef | null>(null);
  const [role, setRole] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<{ person?: string; role?: string }>({});
  // A new picker after each addition, so it starts empty.
  const [round, setRound] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!person) {
      setProblems({ person: 'Colleague is required: type their name, then choose them from the list' });
      document.getElementById('member-person')?.focus();
      return;
    }
    setBusy(true);
    setProblems({});
    try {
      const updated = await setProjectMember(api, project.id, person.id, role);
      onChanged(updated);
      announce('success', `${person.displayName} is now in ${project.name}${role.trim() ? ` as ${role.trim()}` : ''}.`);
      setPerson(null);
      setRole('');
      setRound((count) => count + 1);
    } catch (caught) {
      const error = asApiError(caught);
      const byField = (name: string) => error.fieldErrors.filter((problem) => problem.field === name).map((problem) => problem.message).join(' ');
      const next = { person: byField('params.personId') && `Colleague ${byField('params.personId')}`, role: byField('body.role') && `Role ${byField('body.role')}` };
      setProblems(next.person || next.role ? next : { person: error.message });
      document.getElementById(next.role && !next.person ? 'member-role' : 'member-person')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-member-heading">
      <h3 id="add-member-heading" className={shared.subHeading}>
        Add someone to the project
      </h3>
      <PersonCombobox key={round} id="member-person" label="Colleague" required chosen={person} onChoose={setPerson} validationMessage={problems.person || undefined} />
      <Field label="Their role (optional)" hint={`For example, Business analyst. Up to ${PROJECT_LIMITS.roleMax} characters.`} validationMessage={problems.role || undefined}>
        <Input id="member-role" value={role} onChange={(_, data) => setRole(data.value)} />
      </Field>
      <div>
        <Button type="submit" icon={<PersonAddRegular />} disabledFocusable={busy}>
          Add to project
        </Button>
      </div>
    </form>
  );
}
