import { Badge, type BadgeProps } from '@fluentui/react-components';

export type StatusColour = NonNullable<BadgeProps['color']>;

/** A status in words, as a badge; the colour only repeats what the words say. */
export function StatusBadge<S extends string>({ status, labels, colours }: { status: S; labels: Readonly<Record<S, string>>; colours: Readonly<Record<S, StatusColour>> }) {
  return (
    <Badge appearance="tint" shape="rounded" color={colours[status]}>
      {labels[status]}
    </Badge>
  );
}
