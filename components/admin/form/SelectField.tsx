"use client";

import { Select } from "@codegouvfr/react-dsfr/Select";
import type { ReactNode } from "react";
import { useFormField } from "./AdminForm";

type Props = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultValue?: string;
  options: { value: string; label: string }[];
  required?: boolean;
};

/** A DSFR select whose error and echoed value come from the enclosing AdminForm. */
export function SelectField({ name, label, hint, defaultValue, options, required }: Props) {
  const field = useFormField(name, defaultValue);
  return (
    <Select
      key={field.key}
      label={label}
      hint={hint}
      state={field.error ? "error" : "default"}
      stateRelatedMessage={field.error}
      nativeSelectProps={{ id: field.id, name, defaultValue: field.defaultValue, required, "aria-invalid": field.error ? true : undefined }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}
