/** The ids of the page's one share panel, shared by its server markup and its browser script. */
export const SHARE_PANEL = {
  heading: "recommander-titre",
  panel: "recommander-panneau",
  mastodonInput: "recommander-mastodon",
  mastodonError: "recommander-mastodon-erreur",
} as const;
