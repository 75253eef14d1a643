"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  /** what is moved, for screen readers: "le site « Cannes-Écluse »" */
  subject: string;
  /** the item's place in the list now, from 0 */
  position: number;
  count: number;
};

/**
 * "Monter" and "Descendre" for one item of an ordered list: a small form, so that it works without
 * JavaScript and from the keyboard. The answer takes the focus once the list is redrawn with the
 * item at the place it announces (the row keeps its identity, so the focus follows the move); it
 * goes for good when another move shifts the item.
 */
export function MoveButtons({ action, id, subject, position, count }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  // Whether the answer has matched the item's place yet, and whether it has stopped matching since
  // (React's "adjust state while rendering" pattern): a stale answer never comes back.
  const [tracked, setTracked] = useState({ state, matched: false, expired: false });
  let next = tracked.state === state ? tracked : { state, matched: false, expired: false };
  const matches = state.status === "success" && state.data?.position === String(position);
  if (matches && !next.matched) next = { ...next, matched: true };
  if (!matches && next.matched && !next.expired) next = { ...next, expired: true };
  if (next !== tracked) setTracked(next);
  const visible = Boolean(state.message) && (state.status === "error" || (next.matched && !next.expired));

  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (visible) messageRef.current?.focus();
  }, [visible, state]);
  if (count < 2) return null;
  return (
    <form action={formAction} aria-busy={pending}>
      <input type="hidden" name="id" value={id} />
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left">
        {position > 0 && (
          <li>
            <button type="submit" name="direction" value="up" className="fr-btn fr-btn--secondary fr-icon-arrow-up-line">
              Monter <span className="fr-sr-only">{subject}</span>
            </button>
          </li>
        )}
        {position < count - 1 && (
          <li>
            <button type="submit" name="direction" value="down" className="fr-btn fr-btn--secondary fr-icon-arrow-down-line">
              Descendre <span className="fr-sr-only">{subject}</span>
            </button>
          </li>
        )}
      </ul>
      {visible && (
        <p
          ref={messageRef}
          tabIndex={-1}
          role={state.status === "error" ? "alert" : "status"}
          className={`fr-message ${state.status === "error" ? "fr-message--error" : "fr-message--valid"}`}
        >
          {state.message}
        </p>
      )}
    </form>
  );
}
