import { Card } from '@fluentui/react-components';
import { useSharedStyles } from '../../components/shared-styles';

/** What a Digital Champion does, in words for someone deciding whether to volunteer. */
export function WhatChampionsDo() {
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="what-champions-do" className={shared.section}>
        <h2 id="what-champions-do" className={shared.sectionHeading}>
          What a Digital Champion does
        </h2>
        <p className={shared.paragraph}>
          Digital Champions are colleagues who are happy to help others with everyday digital tasks. You do not need to be an expert:
          patience and being willing to show someone how matters more.
        </p>
        <ul className={shared.paragraph}>
          <li>Answer questions colleagues send through the hub’s chat in Teams, when you have time.</li>
          <li>Sit with someone for half an hour to show them how to do something.</li>
          <li>Run an occasional drop-in session, or write a short how-to guide.</li>
        </ul>
        <p className={shared.paragraph}>
          You choose which days you help and how many people you support at once. You can pause at any time, for example when you are
          busy or on leave, and you can stop whenever you want.
        </p>
      </section>
    </Card>
  );
}
