import { useState } from 'react';
import type { PageRequest } from './api-client';
import { useApiQuery } from './use-api-query';

export const PAGE_SIZE = 25;

/** A page of a long list, and a way to move to another page. */
export function usePagedQuery<T>(load: (page: PageRequest, signal: AbortSignal) => Promise<T>, limit = PAGE_SIZE) {
  const [offset, setOffset] = useState(0);
  const query = useApiQuery((signal) => load({ limit, offset }, signal), String(offset));
  return { query, offset, limit, setOffset };
}
