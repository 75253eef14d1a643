import { articleLink, b, doc, h2, i, p, quote, ul } from "../builders";
import { defineArticles } from "../define";

export const formationContinueArticles = defineArticles([
  {
    slug: "preparation-aux-fonctions-de-chef-de-service",
    title: "Prendre la tête d’un service : une session pour les commissaires nouvellement promus",
    excerpt:
      "Une trentaine de commissaires appelés à diriger une circonscription ou un service départemental ont suivi une session de préparation à leurs nouvelles responsabilités.",
    status: "PUBLISHED",
    publishedAt: "2019-11-19T10:00:00+01:00",
    category: "formation-continue",
    tags: ["commissaires", "management"],
    author: "author",
    body: doc(
      p(
        "Pendant deux semaines, les participants ont travaillé sur les compétences attendues d’un chef de service : pilotage de l’activité, gestion des ressources humaines et budgétaires, dialogue avec les autorités judiciaires et administratives, communication de crise.",
      ),
      p(
        "Les apports des formateurs ont été complétés par des témoignages de chefs de service expérimentés et par des mises en situation filmées, suivies d’un débriefing individuel.",
      ),
      h2("Un accompagnement dans la durée"),
      p(
        "Chaque participant pourra bénéficier, dans les six mois suivant sa prise de fonctions, d’un entretien de suivi avec un formateur de l’école.",
      ),
    ),
  },
  {
    slug: "cybercriminalite-une-session-pour-les-cadres",
    title: "Cybercriminalité : une nouvelle session de formation pour les cadres",
    excerpt:
      "Rançongiciels, escroqueries en ligne, cryptoactifs : l’école propose aux commissaires et officiers en poste une session pour mieux piloter les enquêtes dans l’univers numérique.",
    status: "PUBLISHED",
    publishedAt: "2021-03-09T09:30:00+01:00",
    category: "formation-continue",
    tags: ["cybercriminalite", "commissaires", "officiers"],
    author: "editor",
    body: doc(
      p(
        "Les atteintes commises en ligne progressent fortement, et chaque service d’enquête y est désormais confronté. La session ne vise pas à former des techniciens, mais des ",
        b("cadres capables d’organiser la réponse"),
        " de leur service et de travailler avec les unités spécialisées.",
      ),
      h2("Le programme"),
      ul(
        "panorama des menaces et des modes opératoires ;",
        "saisie et exploitation des données numériques : ce que le cadre doit savoir ;",
        "coopération internationale et demandes aux opérateurs ;",
        "accueil et accompagnement des victimes.",
      ),
      p("En raison du contexte sanitaire, la session se déroule en format hybride, avec deux journées en présentiel."),
    ),
  },
  {
    slug: "cycle-de-conferences-sur-le-management",
    title: "Management : un cycle de conférences ouvert aux cadres en poste",
    excerpt:
      "Une fois par mois, l’école invite chercheurs et praticiens à débattre du management dans la police. Les conférences sont accessibles à distance aux cadres de toute la France.",
    status: "PUBLISHED",
    publishedAt: "2022-05-12T11:00:00+02:00",
    category: "formation-continue",
    tags: ["management"],
    author: "author",
    body: doc(
      p(
        "Qualité de vie au travail, prévention des risques psychosociaux, management des équipes de nuit, conduite du changement : le cycle aborde les questions concrètes que rencontrent les encadrants.",
      ),
      p(
        "Chaque séance associe un intervenant universitaire et un cadre de terrain, suivis d’un temps d’échange avec la salle et les participants connectés.",
      ),
      quote(
        "« Le management n’est pas un supplément d’âme : c’est ce qui permet à un service de tenir dans la durée », rappelle la responsable du département de la formation continue.",
      ),
      p("Les enregistrements sont mis à disposition sur l’espace numérique de formation."),
    ),
  },
  {
    slug: "violences-intrafamiliales-un-module-renforce",
    title: "Violences intrafamiliales : un module renforcé pour les cadres",
    excerpt:
      "L’accueil des victimes et le traitement des violences au sein du couple sont au cœur d’un nouveau module de formation continue destiné aux commissaires et aux officiers.",
    status: "PUBLISHED",
    publishedAt: "2023-11-23T10:00:00+01:00",
    category: "formation-continue",
    tags: ["violences-intrafamiliales", "management"],
    author: "editor",
    body: doc(
      p(
        "Conçu avec des associations d’aide aux victimes, des magistrats et des médecins, le module porte sur l’ensemble de la chaîne : accueil de la victime, évaluation du danger, mesures de protection, suivi de la procédure.",
      ),
      h2("Le rôle du cadre"),
      p(
        "Le module insiste sur la responsabilité de l’encadrement : organisation de l’accueil dans le service, contrôle de la qualité des procédures, partenariats locaux. Les participants travaillent à partir de situations réelles, anonymisées.",
      ),
      p(
        "Il est proposé quatre fois par an, sur chacun des deux sites de l’école, et s’adresse en priorité aux chefs de service et à leurs adjoints.",
      ),
    ),
  },
  {
    slug: "securite-des-grands-evenements-formation-des-cadres",
    title: "Grands événements : les cadres se préparent à l’été 2024",
    excerpt:
      "À quelques mois des Jeux olympiques et paralympiques, l’école organise des sessions consacrées à la sécurité des grands événements pour les commissaires et les officiers qui seront engagés.",
    status: "PUBLISHED",
    publishedAt: "2024-04-11T09:00:00+02:00",
    category: "formation-continue",
    tags: ["grands-evenements", "gestion-de-crise"],
    author: "admin",
    body: doc(
      p(
        "Les sessions, d’une durée de trois jours, s’appuient sur les retours d’expérience des grands événements accueillis en France ces dernières années, dont la Coupe du monde de rugby de 2023.",
      ),
      ul(
        "planification et commandement d’un dispositif de grande ampleur ;",
        "coordination avec les forces de sécurité intérieure, les organisateurs et les agents de sécurité privée ;",
        "gestion des foules et des flux ;",
        "anticipation et gestion des incidents.",
      ),
      p(
        "La coopération avec la sécurité privée, déjà au cœur de l’ouvrage collectif ",
        i("Contribution territoriale au continuum de sécurité"),
        " (",
        articleLink("lire notre entretien", "continuum-de-securite-il-ne-s-agit-pas-d-un-coup-de-communication"),
        "), fait l’objet d’une demi-journée spécifique.",
      ),
    ),
  },
]);
