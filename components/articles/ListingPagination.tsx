"use client";

import { Pagination } from "@codegouvfr/react-dsfr/Pagination";

/** Page N of a listing is `<basePath>?page=N` (page 1 has no parameter), other parameters kept. */
export function ListingPagination({
  page,
  pageCount,
  basePath,
  params = {},
}: {
  page: number;
  pageCount: number;
  basePath: string;
  params?: Record<string, string>;
}) {
  if (pageCount <= 1) return null;
  return (
    <Pagination
      className="fr-mt-6w"
      count={pageCount}
      defaultPage={page}
      showFirstLast
      getPageLinkProps={(target) => {
        const query = new URLSearchParams(params);
        if (target > 1) query.set("page", String(target));
        const search = query.toString();
        return { href: search ? `${basePath}?${search}` : basePath };
      }}
    />
  );
}
