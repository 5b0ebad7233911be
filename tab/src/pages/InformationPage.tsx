import { Card } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PageHeading } from '../components/PageHeading';
import { useSharedStyles } from '../components/shared-styles';

export interface InformationSection {
  heading: string;
  paragraphs: string[];
}

/** A page of plain reading (privacy notice, terms of use) that anyone may open without signing in. */
export function InformationPage({ title, lead, sections, children }: { title: string; lead: string; sections: InformationSection[]; children?: ReactNode }) {
  const shared = useSharedStyles();
  return (
    <>
      <PageHeading title={title} lead={lead} />
      {sections.map((section) => (
        <Card key={section.heading} className={shared.card}>
          <h2 className={shared.subHeading}>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph} className={shared.paragraph}>
              {paragraph}
            </p>
          ))}
        </Card>
      ))}
      {children}
    </>
  );
}
