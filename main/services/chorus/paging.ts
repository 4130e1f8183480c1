import type { PageInfo } from './tolerant-schemas';

/** Chorus Pro's default page size (chorus-pro-api.md §2.4: OCA had to page to see more than 10 invoices). */
export const DEFAULT_PAGE_SIZE = 10;
/** A server that keeps saying "more" never makes us loop forever. */
const MAX_PAGES = 10_000;

export interface PageRequest {
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  /** As Chorus Pro reported them; null when it did not say. */
  total: number | null;
  pages: number | null;
  hasMore: boolean;
}

/** The paging object Chorus Pro expects in a search request (its name differs per call). */
export function pagingParameters(request: PageRequest | undefined) {
  return { pageResultatDemandee: request?.page ?? 1, nbResultatsParPage: request?.pageSize ?? DEFAULT_PAGE_SIZE };
}

export function toPage<T>(items: T[], info: Partial<PageInfo> | undefined, request: PageRequest | undefined): Page<T> {
  const page = info?.pageCourante ?? request?.page ?? 1;
  const pageSize = info?.nbResultatsParPage ?? request?.pageSize ?? DEFAULT_PAGE_SIZE;
  const pages = info?.pages ?? null;
  // Without a page count, a full page means there may be another one.
  const hasMore = items.length > 0 && (pages === null ? items.length >= pageSize : page < pages);
  return { items, page, pageSize, total: info?.total ?? null, pages, hasMore };
}

/** Every item of every page, asking for the next page only when the previous one is consumed. */
export async function* eachItem<T>(fetchPage: (request: PageRequest) => Promise<Page<T>>, pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<T> {
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await fetchPage({ page, pageSize });
    yield* result.items;
    if (!result.hasMore) return;
  }
}
