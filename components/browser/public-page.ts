// The one script of Kiosque's own on a public page, beside the DSFR's (scripts/static-document.cjs
// puts both in the pages it sends without Next.js's scripts). Built by scripts/build-browser-assets.mjs.
import { enhanceSharePanels } from "@/components/share/enhance-share-panel";

enhanceSharePanels();
