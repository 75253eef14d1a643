/** What a back-office form's server action returns to `useActionState`. Plain data only. */
export type FormState = {
  status: "idle" | "error" | "success";
  /** a sentence for the whole form (DSFR alert) */
  message?: string;
  /** one French message per field that needs fixing */
  fieldErrors?: Record<string, string>;
  /** what was typed, to fill the form again after an error */
  values?: Record<string, string>;
  /** what a success has to show once (a single-use link, recovery codes) */
  data?: Record<string, string | string[]>;
};

export const IDLE: FormState = { status: "idle" };
