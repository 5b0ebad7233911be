import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Fragment, useEffect, type ReactNode } from 'react';
import { ErrorState } from './components/ErrorState';
import { LoadingState } from './components/LoadingState';
import { PageHeading } from './components/PageHeading';
import { useHost } from './host/host-context';
import { AppLayout } from './layout/AppLayout';
import { AuditLogPage } from './pages/AuditLogPage';
import { AuditCheckPage } from './pages/audit/AuditCheckPage';
import { AuditQuestionsPage } from './pages/audit/AuditQuestionsPage';
import { AuditStartPage } from './pages/audit/AuditStartPage';
import { AuditSubmittedPage } from './pages/audit/AuditSubmittedPage';
import { AuditSettingsPage } from './pages/audit-settings/AuditSettingsPage';
import { CampaignProgressPage } from './pages/campaigns/CampaignProgressPage';
import { CampaignsPage } from './pages/campaigns/CampaignsPage';
import { ChampionCandidatesPage } from './pages/champion-candidates/ChampionCandidatesPage';
import { ChampionDashboardPage } from './pages/champion-dashboard/ChampionDashboardPage';
import { ChampionsOverviewPage } from './pages/champion-dashboard/ChampionsOverviewPage';
import { ChampionQueuePage } from './pages/help-requests/ChampionQueuePage';
import { ChampionProfilePage } from './pages/champions/ChampionProfilePage';
import { ChampionsPage } from './pages/champions/ChampionsPage';
import { HelpRequestSettingsPage } from './pages/help-requests/HelpRequestSettingsPage';
import { HelpRequestsPage } from './pages/help-requests/HelpRequestsPage';
import { FrameworkPage } from './pages/framework/FrameworkPage';
import { GuideEditorPage } from './pages/guides/GuideEditorPage';
import { GuidePage } from './pages/guides/GuidePage';
import { GuidesPage } from './pages/guides/GuidesPage';
import { LearningResourcesPage } from './pages/resources/LearningResourcesPage';
import { MySkillsPage } from './pages/my-skills/MySkillsPage';
import { ReportPage } from './pages/my-skills/ReportPage';
import { TeamAuditPage } from './pages/team-audit/TeamAuditPage';
import { HomePage } from './pages/HomePage';
import { ImportStaffPage } from './pages/import-staff/ImportStaffPage';
import { LeaversDataPage } from './pages/leavers/LeaversDataPage';
import { IncompleteLinkPage } from './pages/IncompleteLinkPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OutboxPage } from './pages/OutboxPage';
import { DropInsPage } from './pages/drop-ins/DropInsPage';
import { SupportLogPage } from './pages/support-log/SupportLogPage';
import { MatchingPage } from './pages/matching/MatchingPage';
import { MyChampionPage } from './pages/matching/MyChampionPage';
import { SignInPage } from './pages/sign-in/SignInPage';
import { MyObjectivesPage } from './pages/objectives/MyObjectivesPage';
import { ObjectiveEditorPage } from './pages/objectives/ObjectiveEditorPage';
import { ObjectivePage } from './pages/objectives/ObjectivePage';
import { AppraisalYearsPage } from './pages/team-objectives/AppraisalYearsPage';
import { TeamObjectivesPage } from './pages/team-objectives/TeamObjectivesPage';
import { ServicePlanCompliancePage } from './pages/service-plans/ServicePlanCompliancePage';
import { ServicePlanPage } from './pages/service-plans/ServicePlanPage';
import { ServicePlansPage } from './pages/service-plans/ServicePlansPage';
import { ProjectEditorPage } from './pages/projects/ProjectEditorPage';
import { ProjectPage } from './pages/projects/ProjectPage';
import { ProjectsPage } from './pages/projects/ProjectsPage';
import { useRouter } from './router/history-router';
import { PrivacyPage } from './pages/privacy/PrivacyPage';
import { TermsPage } from './pages/TermsPage';
import { isPublicPage, PAGE_PATHS, pageFor, type PageId, type PublicPageId } from './routes';
import { useSession } from './session/session-context';

const PUBLIC_PAGE_COMPONENTS: Record<PublicPageId, () => ReactNode> = {
  signIn: () => <SignInPage />,
  privacy: () => <PrivacyPage />,
  terms: () => <TermsPage />,
};

const SIGNED_IN_PAGES: Record<Exclude<PageId, PublicPageId>, () => ReactNode> = {
  home: () => <HomePage />,
  outbox: () => <OutboxPage />,
  auditLog: () => <AuditLogPage />,
  importStaff: () => <ImportStaffPage />,
  leaversData: () => <LeaversDataPage />,
  audit: () => <AuditStartPage />,
  auditQuestions: () => <AuditQuestionsPage />,
  auditCheck: () => <AuditCheckPage />,
  auditSubmitted: () => <AuditSubmittedPage />,
  mySkills: () => <MySkillsPage />,
  myReport: () => <ReportPage />,
  teamAudit: () => <TeamAuditPage />,
  championCandidates: () => <ChampionCandidatesPage />,
  skillsFramework: () => <FrameworkPage />,
  auditSettings: () => <AuditSettingsPage />,
  learningResources: () => <LearningResourcesPage />,
  auditCampaigns: () => <CampaignsPage />,
  auditCampaignProgress: () => <CampaignProgressPage />,
  guides: () => <GuidesPage />,
  guide: () => <GuidePage />,
  guideEditor: () => <GuideEditorPage />,
  helpRequests: () => <HelpRequestsPage />,
  helpRequestSettings: () => <HelpRequestSettingsPage />,
  champions: () => <ChampionsPage />,
  championProfile: () => <ChampionProfilePage />,
  championQueue: () => <ChampionQueuePage />,
  championDashboard: () => <ChampionDashboardPage />,
  championsOverview: () => <ChampionsOverviewPage />,
  supportLog: () => <SupportLogPage />,
  dropIns: () => <DropInsPage />,
  myChampion: () => <MyChampionPage />,
  championMatching: () => <MatchingPage />,
  myObjectives: () => <MyObjectivesPage />,
  objective: () => <ObjectivePage />,
  objectiveEditor: () => <ObjectiveEditorPage />,
  appraisalYears: () => <AppraisalYearsPage />,
  teamObjectives: () => <TeamObjectivesPage />,
  servicePlans: () => <ServicePlansPage />,
  servicePlan: () => <ServicePlanPage />,
  servicePlanCompliance: () => <ServicePlanCompliancePage />,
  projects: () => <ProjectsPage />,
  project: () => <ProjectPage />,
  projectEditor: () => <ProjectEditorPage />,
};

/** Pages that show one thing, named by a query parameter, and where to find that thing instead. */
const ONE_THING_PAGES: Partial<Record<PageId, { parameter: string; what: string; back: { href: string; label: string } }>> = {
  auditSubmitted: { parameter: 'id', what: 'audit', back: { href: PAGE_PATHS.mySkills, label: 'Go to my skills' } },
  myReport: { parameter: 'id', what: 'skills report', back: { href: PAGE_PATHS.mySkills, label: 'Go to my skills' } },
  auditCampaignProgress: { parameter: 'id', what: 'campaign', back: { href: PAGE_PATHS.auditCampaigns, label: 'Go to the audit campaigns' } },
  guide: { parameter: 'id', what: 'guide', back: { href: PAGE_PATHS.guides, label: 'Go to the how-to guides' } },
  objective: { parameter: 'id', what: 'digital objective', back: { href: PAGE_PATHS.myObjectives, label: 'Go to my digital objectives' } },
  servicePlan: { parameter: 'serviceId', what: 'service plan', back: { href: PAGE_PATHS.servicePlans, label: 'Go to the service plans' } },
  project: { parameter: 'id', what: 'project', back: { href: PAGE_PATHS.projects, label: 'Go to the projects register' } },
};

/** Picks the page for the address, and sends people who are not signed in to sign in first. */
export function PageRouter() {
  const { location, navigate } = useRouter();
  const { inTeams } = useHost();
  const session = useSession();
  const page = pageFor(location.path);
  const me = session.state.status === 'signed-in' ? session.state.me : null;
  const mustSignIn = session.state.status === 'signed-out' && !isPublicPage(page) && !inTeams;

  useEffect(() => {
    if (mustSignIn) navigate(PAGE_PATHS.signIn, { replace: true });
  }, [mustSignIn, navigate]);

  return (
    <AppLayout me={me}>
      {/* A new address is a new page component, so its heading takes focus and its state starts afresh. */}
      <Fragment key={location.path}>{isPublicPage(page) ? PUBLIC_PAGE_COMPONENTS[page]() : <SignedInPage page={page} />}</Fragment>
    </AppLayout>
  );
}

function SignedInPage({ page }: { page: Exclude<PageId, PublicPageId> | null }) {
  const session = useSession();
  const { location } = useRouter();
  const { state } = session;
  if (state.status === 'loading') return <LoadingState label="Loading your details…" />;
  if (state.status === 'signed-out') return <SignedOut />;
  if (state.status === 'error') {
    return (
      <>
        <PageHeading title="Something went wrong" heading="We could not open the hub" />
        <ErrorState title="We could not load your details" error={state.error} onRetry={() => void session.reload()} />
      </>
    );
  }
  if (!page) return <NotFoundPage />;
  const oneThing = ONE_THING_PAGES[page];
  if (oneThing && !new URLSearchParams(location.search).get(oneThing.parameter)) return <IncompleteLinkPage what={oneThing.what} back={oneThing.back} />;
  return SIGNED_IN_PAGES[page]();
}

function SignedOut() {
  const { inTeams } = useHost();
  // Outside Teams the router is already on its way to the sign-in page.
  if (!inTeams) return <LoadingState label="Taking you to sign in…" />;
  return (
    <>
      <PageHeading title="Not signed in" heading="We could not sign you in" />
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Microsoft Teams did not confirm who you are</MessageBarTitle>
          Close the Digital Culture Hub, open it again from the Teams app bar, and try again. If it keeps happening,
          contact the IT service desk.
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
