import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/BackLink";
import { DeleteForm } from "@/components/admin/DeleteForm";
import { MediaEditForm } from "@/components/admin/media/MediaEditForm";
import { idField } from "@/lib/admin/fields";
import { STATUS_BADGES, STATUS_LABELS } from "@/lib/articles/status";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateFr } from "@/lib/format/date";
import { formatBytes } from "@/lib/media/limits";
import { getMediaForEditing } from "@/lib/media/queries";
import { paths } from "@/lib/paths";
import { deleteMediaAction } from "../actions";

export const metadata: Metadata = { title: "Image de la médiathèque" };

type Props = { params: Promise<{ id: string }> };

const FORMATS: Record<string, string> = { "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP", "image/avif": "AVIF", "image/gif": "GIF" };

function whereUsed(article: { inOwnContent: boolean; inWorkingCopy: boolean; status: string; inTrash: boolean }): string {
  const own = article.status === "PUBLISHED" || article.status === "SCHEDULED" ? "dans la version publiée" : "dans le texte";
  const places = [article.inOwnContent ? own : null, article.inWorkingCopy ? "dans les modifications en cours" : null].filter(Boolean);
  return `${places.join(" et ")}${article.inTrash ? " (article à la corbeille)" : ""}`;
}

export default async function MediaItemPage({ params }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "media.upload");
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const media = await getMediaForEditing(actor, id.data);
  if (!media) notFound();
  const used = media.usage.length > 0;

  return (
    <>
      <BackLink href={paths.admin.media()}>Toute la médiathèque</BackLink>
      <h1>Image « {media.originalName} »</h1>
      <ul className="fr-text--sm">
        <li>
          {FORMATS[media.mimeType] ?? media.mimeType}, {media.width} × {media.height} pixels, {formatBytes(media.sizeBytes)}
        </li>
        <li>
          Ajoutée le {formatDateFr(media.createdAt)}
          {media.uploadedBy ? ` par ${media.uploadedBy}` : ""}
        </li>
        <li>
          <a href={media.src} target="_blank" rel="noopener">
            Ouvrir l’image en taille réelle (nouvel onglet)
          </a>
        </li>
      </ul>

      {media.mayUpdate ? (
        <section aria-labelledby="informations">
          <h2 id="informations" className="fr-h4">
            Informations et point d’intérêt
          </h2>
          <p className="fr-text--sm">
            Les articles qui affichent cette image en image principale suivent ces informations. Une image déjà insérée dans le texte d’un
            article garde le texte alternatif, la légende et le crédit saisis à l’insertion : modifiez-les dans l’article.
          </p>
          <MediaEditForm
            media={{
              id: media.id,
              src: media.src,
              width: media.width,
              height: media.height,
              alt: media.alt,
              decorative: media.decorative,
              caption: media.caption,
              credit: media.credit,
              focalX: media.focalX,
              focalY: media.focalY,
              updatedAt: media.updatedAt.toISOString(),
            }}
          />
        </section>
      ) : (
        <section aria-labelledby="informations">
          <h2 id="informations" className="fr-h4">
            Informations
          </h2>
          <p className="fr-text--sm">Vous pouvez utiliser cette image dans vos articles ; seules les images que vous avez téléversées sont modifiables par vous.</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- the stored original, possibly not public yet */}
          <img src={media.src} alt="" width={media.width} height={media.height} style={{ maxWidth: "100%", height: "auto", maxHeight: "60vh", width: "auto" }} />
          <dl>
            <dt>Texte alternatif</dt>
            <dd>{media.decorative ? "Aucun : image décorative." : media.alt || "Manquant."}</dd>
            <dt>Légende</dt>
            <dd>{media.caption || "Aucune."}</dd>
            <dt>Crédit</dt>
            <dd>{media.credit || "Aucun."}</dd>
          </dl>
        </section>
      )}

      <section className="fr-mt-6w" aria-labelledby="utilisations">
        <h2 id="utilisations" className="fr-h4">
          Articles qui utilisent cette image
        </h2>
        {used ? (
          <ul>
            {media.usage.map((article) => (
              <li key={article.id} className="fr-mb-1w">
                <Link href={paths.admin.article(article.id)}>{article.title}</Link>{" "}
                <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${STATUS_BADGES[article.status]}`}>{STATUS_LABELS[article.status]}</span>
                <span className="fr-text--sm"> — {whereUsed(article)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucun article n’utilise cette image : elle n’est visible que de l’équipe.</p>
        )}
      </section>

      {media.mayDelete && (
        <section className="fr-mt-6w" aria-labelledby="supprimer-image">
          <h2 id="supprimer-image" className="fr-h4">
            Supprimer cette image
          </h2>
          {used ? (
            <div className="fr-alert fr-alert--info fr-alert--sm">
              <p>
                Cette image ne peut pas être supprimée :{" "}
                {media.usage.length === 1 ? "l’article ci-dessus l’utilise" : `les ${media.usage.length} articles ci-dessus l’utilisent`}. Retirez-la
                d’abord de {media.usage.length === 1 ? "cet article" : "ces articles"} (texte, image principale ou modifications en cours).
              </p>
            </div>
          ) : (
            <DeleteForm
              action={deleteMediaAction}
              id={media.id}
              label="Supprimer l’image"
              confirmLabel={`Je confirme la suppression de l’image « ${media.originalName} »`}
              buttonLabel="Supprimer l’image"
            >
              <p>Le fichier et ses recadrages sont effacés ; aucun article ne l’utilise.</p>
            </DeleteForm>
          )}
        </section>
      )}
    </>
  );
}
