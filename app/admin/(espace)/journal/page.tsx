import type { Metadata } from "next";
import Link from "next/link";
import { ListingPagination } from "@/components/articles/ListingPagination";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { describeDetails } from "@/lib/audit/describe";
import { auditFilterSchema, auditPeople, listAuditEntries } from "@/lib/audit/queries";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { AdminTable } from "@/components/admin/AdminTable";

export const metadata: Metadata = { title: "Journal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "audit.read");
  const parsed = auditFilterSchema.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : { page: 1 };
  const [{ entries, total, page, pageCount }, people] = await Promise.all([listAuditEntries(actor, filter), auditPeople(actor)]);
  const params: Record<string, string> = Object.fromEntries(
    Object.entries({ personne: filter.personne, action: filter.action, du: filter.du, au: filter.au }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );

  return (
    <>
      <h1>Journal</h1>
      <p>Chaque connexion, échec de connexion, blocage et modification de l’administration, avec son auteur, sa date et son adresse IP.</p>
      {!parsed.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>Filtre invalide : {parsed.error.issues.map((issue) => issue.message).join(" ")} Le journal est affiché sans filtre.</p>
        </div>
      )}
      <form method="get" action={paths.admin.auditLog()} className="fr-mb-4w" aria-label="Filtrer le journal">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-3">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="filtre-personne">
                Personne
              </label>
              <select className="fr-select" id="filtre-personne" name="personne" defaultValue={filter.personne ?? ""}>
                <option value="">Toutes</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name} ({person.email})
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="filtre-action">
                Action
              </label>
              <select className="fr-select" id="filtre-action" name="action" defaultValue={filter.action ?? ""}>
                <option value="">Toutes</option>
                {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <div className="fr-input-group">
              <label className="fr-label" htmlFor="filtre-du">
                Du
              </label>
              <input className="fr-input" type="date" id="filtre-du" name="du" defaultValue={filter.du ?? ""} />
            </div>
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <div className="fr-input-group">
              <label className="fr-label" htmlFor="filtre-au">
                Au
              </label>
              <input className="fr-input" type="date" id="filtre-au" name="au" defaultValue={filter.au ?? ""} />
            </div>
          </div>
          <div className="fr-col-12 fr-col-md-2">
            <button type="submit" className="fr-btn fr-mb-3v">
              Filtrer
            </button>
          </div>
        </div>
        {Object.keys(params).length > 0 && (
          <p className="fr-mt-1w">
            <Link className="fr-link" href={paths.admin.auditLog()}>
              Effacer les filtres
            </Link>
          </p>
        )}
      </form>

      <AdminTable caption={`Entrées du journal, des plus récentes aux plus anciennes : ${total} au total, page ${page} sur ${pageCount}`}>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Personne</th>
                    <th scope="col">Action</th>
                    <th scope="col">Objet</th>
                    <th scope="col">Détails</th>
                    <th scope="col">Adresse IP</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.length === 0 && (
                    <tr>
                      <td colSpan={6}>Aucune entrée ne correspond à ces filtres.</td>
                    </tr>
                  )}
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <td>
                        <time dateTime={entry.createdAt}>{formatDateTimeFr(new Date(entry.createdAt))}</time>
                      </td>
                      <td>{entry.actorLabel ?? "—"}</td>
                      <td>{entry.actionLabel}</td>
                      <td>{entry.targetLabel ?? "—"}</td>
                      <td>
                        {describeDetails(entry.details).map((line) => (
                          <span key={line} className="fr-text--sm kiosque-block">
                            {line}
                          </span>
                        ))}
                      </td>
                      <td>{entry.ip ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
      </AdminTable>
      <ListingPagination page={page} pageCount={pageCount} basePath={paths.admin.auditLog()} params={params} />
    </>
  );
}
