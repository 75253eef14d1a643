"use client";

import type { ReactNode } from "react";
import { useFormField } from "./AdminForm";

type Props = { name: string; label: ReactNode; hint?: ReactNode; defaultChecked?: boolean };

/**
 * A single DSFR checkbox sending "on" when checked. Its echoed state after an error is the one
 * submitted (absent means unchecked).
 */
export function CheckboxField({ name, label, hint, defaultChecked = false }: Props) {
  const field = useFormField(name, defaultChecked ? "on" : "");
  const checked = field.defaultValue === "on";
  const hintId = `${field.id}-aide`;
  const errorId = `${field.id}-erreur`;
  return (
    <div key={field.key} className={`fr-checkbox-group fr-mb-3w${field.error ? " fr-checkbox-group--error" : ""}`}>
      <input
        type="checkbox"
        id={field.id}
        name={name}
        defaultChecked={checked}
        aria-describedby={[hint ? hintId : null, field.error ? errorId : null].filter(Boolean).join(" ") || undefined}
      />
      <label className="fr-label" htmlFor={field.id}>
        {label}
        {hint && (
          <span className="fr-hint-text" id={hintId}>
            {hint}
          </span>
        )}
      </label>
      {field.error && (
        <p className="fr-message fr-message--error" id={errorId}>
          {field.error}
        </p>
      )}
    </div>
  );
}
