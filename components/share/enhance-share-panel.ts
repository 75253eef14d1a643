import { CLIENT_CHANNELS, MASTODON_INSTANCE_ERROR, mastodonShareUrl, parseMastodonInstance, type ClientChannel } from "@/lib/shares/channels";
import { sendShareBeacon } from "./beacon";
import { SHARE_PANEL } from "./share-panel-ids";

// Whatever can take the focus in the list of entries (the close button comes before it).
const FIRST_ENTRY = ["a[href]", "button:not([disabled])", "input:not([type='hidden']):not([disabled])"].map((selector) => `ul ${selector}`).join(", ");

function isClientChannel(value: string | undefined): value is ClientChannel {
  return (CLIENT_CHANNELS as readonly string[]).includes(value ?? "");
}

function button(text: string, className: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = text;
  return element;
}

/** "Partager via une application": the system's share sheet (Web Share API), phones mostly. */
function shareSheetItem(path: string, data: ShareData): HTMLLIElement {
  const item = document.createElement("li");
  const share = button("Partager via une application", "fr-btn fr-btn--tertiary fr-icon-share-forward-line fr-btn--icon-left");
  share.addEventListener("click", async () => {
    try {
      await navigator.share(data);
      sendShareBeacon(path, "SHARE_SHEET");
    } catch {
      // Closed without sharing (AbortError) or refused: nothing was shared, nothing to count.
    }
  });
  item.append(share);
  return item;
}

/** "Copier le lien", its outcome written in a live region that screen readers read. */
function copyItem(path: string, url: string): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "kiosque-share__copy";
  const copy = button("Copier le lien", "fr-btn fr-btn--tertiary fr-icon-links-line fr-btn--icon-left");
  const status = document.createElement("p");
  status.className = "fr-text--sm fr-mb-0 kiosque-share__status";
  status.setAttribute("role", "status");
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = "Lien copié dans le presse-papiers.";
      sendShareBeacon(path, "COPY");
    } catch {
      status.textContent = "Impossible de copier le lien : sélectionnez l’adresse de la page pour la copier.";
    }
  });
  item.append(copy, status);
  return item;
}

/** Mastodon: the instance is checked here, and its share page opens in a new window. */
function enhanceMastodonForm(form: HTMLFormElement, path: string, content: { title: string; url: string }): void {
  const input = form.querySelector<HTMLInputElement>(`#${SHARE_PANEL.mastodonInput}`);
  const group = form.querySelector<HTMLElement>(".fr-input-group");
  const submit = form.querySelector<HTMLButtonElement>("button[type=submit]");
  if (!input || !group || !submit) return;
  const newWindow = document.createElement("span");
  newWindow.className = "fr-sr-only";
  newWindow.textContent = "(nouvelle fenêtre)";
  submit.append(" ", newWindow);

  const showError = (message: string | null) => {
    group.classList.toggle("fr-input-group--error", message !== null);
    input.classList.toggle("fr-input--error", message !== null);
    group.querySelector(`#${SHARE_PANEL.mastodonError}`)?.remove();
    if (message === null) {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
      return;
    }
    const error = document.createElement("p");
    error.id = SHARE_PANEL.mastodonError;
    error.className = "fr-error-text";
    error.textContent = message;
    group.append(error);
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", error.id);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const host = parseMastodonInstance(input.value);
    if (!host) {
      showError(MASTODON_INSTANCE_ERROR);
      input.focus();
      return;
    }
    showError(null);
    sendShareBeacon(path, "MASTODON");
    window.open(mastodonShareUrl(host, content), "_blank", "noopener,noreferrer");
  });
}

/**
 * Turns the server's "Recommander cette page" (a heading and a visible list) into a disclosure: the
 * heading's text becomes a button that opens the panel, focus goes into it, Escape and "Fermer"
 * close it and give the focus back to the button. Adds what needs a browser (share sheet,
 * clipboard) where it exists, and counts a click on a link marked `data-share-channel`.
 */
export function enhanceSharePanel(section: HTMLElement): void {
  const path = section.dataset.sharePage;
  const heading = section.querySelector<HTMLElement>(`#${SHARE_PANEL.heading}`);
  const panel = section.querySelector<HTMLElement>(`#${SHARE_PANEL.panel}`);
  const list = panel?.querySelector<HTMLUListElement>("ul[data-share-url]");
  if (!path || !heading || !panel || !list || section.dataset.shareEnhanced !== undefined) return;
  section.dataset.shareEnhanced = "";
  const url = list.dataset.shareUrl ?? "";
  const title = list.dataset.shareTitle ?? "";
  const excerpt = list.dataset.shareExcerpt ?? "";

  const toggle = button("Recommander cette page", "fr-btn fr-btn--secondary fr-icon-share-line fr-btn--icon-left");
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", panel.id);
  heading.replaceChildren(toggle);

  const close = button("Fermer", "fr-btn--close fr-btn");
  close.setAttribute("aria-controls", panel.id);
  const closeRow = document.createElement("div");
  closeRow.className = "kiosque-share__close";
  closeRow.append(close);
  panel.prepend(closeRow);
  panel.classList.add("kiosque-share__panel", "fr-p-3w", "fr-mt-1w");
  panel.hidden = true;

  const extra: HTMLLIElement[] = [];
  if (typeof navigator.share === "function") extra.push(shareSheetItem(path, { title, text: excerpt, url }));
  if (navigator.clipboard) extra.push(copyItem(path, url));
  list.prepend(...extra);

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
  };
  toggle.addEventListener("click", () => {
    const opening = panel.hidden;
    setOpen(opening);
    if (opening) panel.querySelector<HTMLElement>(FIRST_ENTRY)?.focus();
  });
  close.addEventListener("click", () => {
    setOpen(false);
    toggle.focus();
  });
  section.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || panel.hidden) return;
    event.preventDefault();
    setOpen(false);
    toggle.focus();
  });
  // One listener for every link: each carries its channel, so links stay plain server-rendered <a>.
  panel.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest<HTMLElement>("a[data-share-channel]");
    const channel = link?.dataset.shareChannel;
    if (isClientChannel(channel)) sendShareBeacon(path, channel);
  });

  const mastodon = panel.querySelector<HTMLFormElement>("form[data-share-mastodon]");
  if (mastodon) enhanceMastodonForm(mastodon, path, { title, url });
}

/** Every share panel of the document (a page has one). */
export function enhanceSharePanels(root: ParentNode = document): void {
  for (const section of root.querySelectorAll<HTMLElement>("section[data-share-page]")) enhanceSharePanel(section);
}
