import { b, doc, h2, p, ul } from "../builders";
import { defineArticles } from "../define";

/**
 * One article in each state that the public must never see (plus a published one with a revision
 * date, in concours-et-recrutement.ts): drafts, articles in review, an article scheduled for 2027
 * and an archived one.
 */
export const editorialWorkflowArticles = defineArticles([
  {
    slug: "programme-des-journees-portes-ouvertes-2027",
    title: "Journées portes ouvertes 2027 : le programme",
    excerpt: "Brouillon — programme provisoire des journées portes ouvertes du printemps 2027, à compléter avec les horaires des démonstrations.",
    status: "DRAFT",
    createdAt: "2026-11-20T15:12:00+01:00",
    category: "vie-de-l-ecole",
    tags: ["portes-ouvertes"],
    author: "author",
    body: doc(
      p("Les prochaines journées portes ouvertes auront lieu au printemps 2027 sur le site de Saint-Cyr-au-Mont-d’Or."),
      h2("Programme provisoire"),
      ul("visites guidées du site ;", "conférences sur les métiers ;", "démonstrations (horaires à confirmer)."),
    ),
  },
  {
    slug: "bilan-de-la-session-gestion-de-crise-novembre-2026",
    title: "Gestion de crise : bilan de la session de novembre",
    excerpt:
      "Vingt-quatre cadres ont suivi la session de formation continue consacrée à la gestion de crise. Retour sur une semaine d’exercices et d’échanges.",
    status: "IN_REVIEW",
    createdAt: "2026-11-24T10:40:00+01:00",
    category: "formation-continue",
    tags: ["gestion-de-crise", "management"],
    author: "author",
    body: doc(
      p(
        "La session réunissait des commissaires et des officiers de services très divers. Elle s’est appuyée sur des exercices de simulation et sur des retours d’expérience de crises récentes.",
      ),
      p("Les participants ont particulièrement apprécié les mises en situation de communication de crise devant la presse."),
      p(b("À relire : "), "vérifier le nombre de participants avec le département de la formation continue."),
    ),
  },
  {
    slug: "rentree-2027-bienvenue-aux-eleves-commissaires",
    title: "Rentrée 2027 : bienvenue aux élèves commissaires",
    excerpt:
      "La nouvelle promotion d’élèves commissaires fait aujourd’hui sa rentrée à Saint-Cyr-au-Mont-d’Or. Bienvenue à toutes et à tous dans votre école.",
    status: "SCHEDULED",
    publishedAt: "2027-09-06T09:00:00+02:00",
    createdAt: "2026-11-23T09:30:00+01:00",
    category: "formation-initiale",
    tags: ["commissaires", "saint-cyr-au-mont-d-or"],
    author: "editor",
    body: doc(
      p("Les élèves commissaires de la nouvelle promotion sont accueillis ce matin dans le grand amphithéâtre par la direction de l’école."),
      p("Leur première semaine est consacrée à la découverte de l’école, de ses équipes et du programme de leur scolarité."),
      p("Toute l’école leur souhaite la bienvenue et une excellente scolarité."),
    ),
  },
  {
    slug: "fermeture-des-sites-au-public-covid-19",
    title: "Covid-19 : les sites de l’école fermés au public",
    excerpt:
      "En raison de l’épidémie de Covid-19, les sites de Saint-Cyr-au-Mont-d’Or et de Cannes-Écluse sont fermés au public jusqu’à nouvel ordre. Les événements prévus sont reportés.",
    status: "ARCHIVED",
    publishedAt: "2020-03-16T18:00:00+01:00",
    category: "vie-de-l-ecole",
    tags: ["saint-cyr-au-mont-d-or", "cannes-ecluse"],
    author: "admin",
    body: doc(
      p("Conformément aux mesures décidées par le Gouvernement, les deux sites de l’école sont fermés au public à compter du 17 mars 2020."),
      p("Les colloques, séminaires et visites prévus dans les prochaines semaines sont reportés à une date ultérieure."),
      p("La continuité de la formation des élèves est assurée à distance."),
    ),
  },
]);
