"use client";

import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

/** The form's submit button: disabled while the action runs, with a label that says so. */
export function SubmitButton({
  children,
  pendingLabel = "Enregistrement…",
  priority = "primary",
  name,
  value,
  iconId,
}: {
  children: ReactNode;
  pendingLabel?: string;
  priority?: "primary" | "secondary" | "tertiary";
  name?: string;
  value?: string;
  iconId?: string;
}) {
  const { pending } = useFormStatus();
  const classes = ["fr-btn", priority !== "primary" && `fr-btn--${priority}`, iconId, iconId && "fr-btn--icon-left"].filter(Boolean).join(" ");
  return (
    <button type="submit" className={classes} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending ? pendingLabel : children}
    </button>
  );
}
