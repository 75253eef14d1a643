"use client";

import { Input } from "@codegouvfr/react-dsfr/Input";
import type { HTMLInputAutoCompleteAttribute, ReactNode } from "react";
import { useFormField } from "./AdminForm";

type Props = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultValue?: string;
  type?: "text" | "email" | "password" | "tel" | "number" | "url";
  autoComplete?: HTMLInputAutoCompleteAttribute;
  required?: boolean;
  maxLength?: number;
  inputMode?: "text" | "numeric" | "email" | "tel";
  /** a multi-line field */
  rows?: number;
  spellCheck?: boolean;
};

/** A DSFR text field whose error and echoed value come from the enclosing AdminForm. */
export function TextField({ name, label, hint, defaultValue, type = "text", autoComplete, required, maxLength, inputMode, rows, spellCheck }: Props) {
  const field = useFormField(name, defaultValue);
  const state = field.error ? ("error" as const) : ("default" as const);
  const common = {
    id: field.id,
    name,
    defaultValue: type === "password" ? undefined : field.defaultValue,
    required,
    "aria-required": required || undefined,
    "aria-invalid": field.error ? true : undefined,
    maxLength,
    spellCheck,
  };
  return rows ? (
    <Input
      key={field.key}
      label={label}
      hintText={hint}
      state={state}
      stateRelatedMessage={field.error}
      textArea
      nativeTextAreaProps={{ ...common, rows }}
    />
  ) : (
    <Input
      key={field.key}
      label={label}
      hintText={hint}
      state={state}
      stateRelatedMessage={field.error}
      nativeInputProps={{ ...common, type, autoComplete, inputMode }}
    />
  );
}
