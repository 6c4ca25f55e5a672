import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { DashboardDocument } from '../api/generated';
import type { Count, DashboardCreator } from '../api/types';

/** A profile count the dashboard shows: the creator's field and its label. */
export type ProfileCount = { field: keyof DashboardCreator; label: string };

/**
 * The profile's counts, as the dashboard's query asks for them: every field of the creator that selects a
 * count's `value` and `precision`, in the query's order. A count added to the query (and the API) is shown
 * without a change here.
 */
export const PROFILE_COUNTS: readonly ProfileCount[] = countsSelected(DashboardDocument);

export function countsSelected(document: DocumentNode): ProfileCount[] {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const creator = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === 'creator');
  const fields = creator?.kind === Kind.FIELD ? creator.selectionSet : undefined;
  return (fields?.selections ?? []).flatMap((s) =>
    s.kind === Kind.FIELD && selectsCount(s.selectionSet)
      ? [{ field: (s.alias ?? s.name).value as keyof DashboardCreator, label: label(s.name.value) }]
      : [],
  );
}

/** The count in `field` of `creator`; null when unknown. */
export function countOf(creator: DashboardCreator, field: keyof DashboardCreator): Count | null {
  return creator[field] as Count | null;
}

function selectsCount(selection: SelectionSetNode | undefined): boolean {
  const names = (selection?.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  return names.includes('value') && names.includes('precision');
}

function label(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}
