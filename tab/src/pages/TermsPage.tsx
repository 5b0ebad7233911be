import { InformationPage } from './InformationPage';

export function TermsPage() {
  return (
    <InformationPage
      title="Terms of use"
      lead="Digital Culture Hub is part of your council’s tools for staff. Using it is covered by the council’s usual policies."
      sections={[
        {
          heading: 'Using the hub',
          paragraphs: [
            'Use the hub for the council’s staff digital skills programme. The council’s acceptable use, information security and data protection policies apply to it as to any other council system.',
            'Answer the skills audit honestly: it is there to find where you would like support, not to judge you.',
          ],
        },
        {
          heading: 'Helping colleagues',
          paragraphs: [
            'Digital Champions help colleagues and residents as volunteers. Do not share passwords or personal data in a help request; a champion will never ask for your password.',
          ],
        },
        {
          heading: 'Questions',
          paragraphs: ['Ask your council’s IT service desk or the digital team.'],
        },
      ]}
    />
  );
}
