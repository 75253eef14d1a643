"use client";

/** "Se déconnecter", on every back-office page: a form posting to the sign-out server action. */
export function SignOutButton({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action} className="kiosque-inline-form">
      <button type="submit" className="fr-btn fr-icon-logout-box-r-line">
        Se déconnecter
      </button>
    </form>
  );
}
