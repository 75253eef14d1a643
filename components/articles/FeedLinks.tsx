/** Visible subscription links; the same feeds are announced in <head> for feed readers. */
export function FeedLinks({ label, rss, atom }: { label: string; rss: string; atom: string }) {
  return (
    <p className="fr-mt-4w">
      {label} :{" "}
      <a className="fr-link" href={rss}>
        flux RSS
      </a>{" "}
      ·{" "}
      <a className="fr-link" href={atom}>
        flux Atom
      </a>
    </p>
  );
}
