"use client";

import { createContext, useActionState, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";

type Context = { state: FormState; version: number };
const FormContext = createContext<Context>({ state: IDLE, version: 0 });

/** The form state a field reads: its error, and what was typed before an error. */
export function useFormField(name: string, initial: string | undefined) {
  const { state, version } = useContext(FormContext);
  const error = state.fieldErrors?.[name];
  const value = state.status === "error" && state.values && name in state.values ? state.values[name] : initial;
  // A new key per answer remounts the field with the echoed value (React resets a form after its action).
  return { error, defaultValue: value, key: `${name}:${version}`, id: fieldId(name) };
}

export const fieldId = (name: string) => `champ-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  children: ReactNode;
  /** what to show once after a success (a single-use link, recovery codes) instead of the message alone */
  renderSuccess?: (state: FormState) => ReactNode;
  className?: string;
  /** an accessible name for the form landmark */
  label?: string;
  /**
   * After a success, show only the outcome: the fields are spent (an enrolment), and sending the
   * form again would replace what is shown once (recovery codes) before it was saved.
   */
  hideFieldsOnSuccess?: boolean;
};

/**
 * A back-office form bound to a server action with useActionState. After each answer, the DSFR
 * alert with the outcome takes the focus, so that keyboard and screen-reader users hear it; an
 * error lists every field to fix, each linked to its field.
 */
export function AdminForm({ action, children, renderSuccess, className, label, hideFieldsOnSuccess }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  // Each answer gets a new version (React's "adjust state while rendering" pattern).
  const [seen, setSeen] = useState(state);
  const [version, setVersion] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setVersion(version + 1);
  }
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") alertRef.current?.focus();
  }, [state]);

  const fieldErrors = Object.entries(state.fieldErrors ?? {});
  return (
    <form action={formAction} noValidate className={className} aria-label={label} aria-busy={pending}>
      {state.status !== "idle" && (
        <div
          ref={alertRef}
          tabIndex={-1}
          role={state.status === "error" ? "alert" : "status"}
          className={`fr-alert fr-alert--${state.status === "error" ? "error" : "success"} fr-alert--sm fr-mb-4w`}
        >
          <p>{state.message}</p>
          {fieldErrors.length > 1 && (
            <ul className="fr-mt-1w">
              {fieldErrors.map(([name, message]) => (
                <li key={name}>
                  <a href={`#${fieldId(name)}`}>{message}</a>
                </li>
              ))}
            </ul>
          )}
          {state.status === "success" && renderSuccess?.(state)}
        </div>
      )}
      {!(hideFieldsOnSuccess && state.status === "success") && <FormContext.Provider value={{ state, version }}>{children}</FormContext.Provider>}
    </form>
  );
}
