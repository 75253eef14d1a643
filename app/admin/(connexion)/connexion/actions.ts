"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/admin/form-state";
import { echoValues, formDataToObject } from "@/lib/admin/form-data";
import { signIn } from "@/lib/auth/next-auth";
import { safeCallbackUrl, secondFactorSchema, signInSchema } from "@/lib/auth/schemas";
import { SECOND_FACTOR_COOKIE, secondFactorCookieOptions } from "@/lib/auth/second-factor-cookie";
import { checkPassword, checkSecondFactor } from "@/lib/auth/sign-in";
import { formatTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { requestContext } from "@/lib/request-context";

// One message for an unknown address, a wrong password and a disabled account (and one answer time).
const INVALID = "Adresse électronique ou mot de passe incorrect.";

function lockedMessage(until: Date): string {
  return `Trop de tentatives de connexion : par sécurité, la connexion est bloquée jusqu’à ${formatTimeFr(until)}. Réessayez ensuite, ou demandez à un administrateur de débloquer votre compte.`;
}

/** Exchanges a grant for the session cookie, then goes where the person was heading. */
async function openSession(grant: string, callbackUrl: string | undefined): Promise<FormState> {
  try {
    await signIn("credentials", { grant, redirectTo: safeCallbackUrl(callbackUrl) });
  } catch (error) {
    // Success is a thrown redirect: only next-auth's own refusals are answered here.
    if (error instanceof AuthError) return { status: "error", message: "La connexion a expiré : recommencez." };
    throw error;
  }
  return { status: "error", message: "La connexion a expiré : recommencez." };
}

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const parsed = signInSchema.safeParse(raw);
  const values = echoValues(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: "error", message: "Saisissez votre adresse électronique et votre mot de passe.", fieldErrors, values };
  }
  const { ip } = await requestContext();
  const outcome = await checkPassword({ email: parsed.data.email, password: parsed.data.password, ip });
  switch (outcome.kind) {
    case "invalid":
      return { status: "error", message: INVALID, values };
    case "locked":
      return { status: "error", message: lockedMessage(outcome.until), values };
    case "second-factor": {
      (await cookies()).set(SECOND_FACTOR_COOKIE, outcome.challenge, secondFactorCookieOptions());
      const next = parsed.data.callbackUrl ? `?callbackUrl=${encodeURIComponent(safeCallbackUrl(parsed.data.callbackUrl))}` : "";
      redirect(`${paths.admin.secondFactor()}${next}`);
    }
    case "grant":
      return openSession(outcome.grant, parsed.data.callbackUrl);
  }
}

export async function secondFactorAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = secondFactorSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return { status: "error", message: parsed.error.issues[0]?.message ?? "Code invalide.", fieldErrors: { code: parsed.error.issues[0]?.message ?? "Code invalide." } };
  }
  const jar = await cookies();
  const challenge = jar.get(SECOND_FACTOR_COOKIE)?.value ?? "";
  const { ip } = await requestContext();
  const outcome = await checkSecondFactor({ challenge, code: parsed.data.code, ip });
  switch (outcome.kind) {
    case "invalid":
      return { status: "error", message: "Code incorrect ou déjà utilisé.", fieldErrors: { code: "Code incorrect ou déjà utilisé." } };
    case "locked":
      return { status: "error", message: lockedMessage(outcome.until) };
    case "expired":
      jar.set(SECOND_FACTOR_COOKIE, "", { ...secondFactorCookieOptions(), maxAge: 0 });
      return { status: "error", message: "Cette étape de connexion a expiré : saisissez de nouveau votre adresse et votre mot de passe." };
    case "grant":
      jar.set(SECOND_FACTOR_COOKIE, "", { ...secondFactorCookieOptions(), maxAge: 0 });
      return openSession(outcome.grant, parsed.data.callbackUrl);
  }
}
