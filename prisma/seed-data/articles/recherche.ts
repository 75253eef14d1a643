import { articleLink, b, doc, h2, hr, i, p, ul } from "../builders";
import { defineArticles } from "../define";

export const rechercheArticles = defineArticles([
  {
    slug: "seminaire-police-et-reseaux-sociaux",
    title: "Séminaire de recherche : la police à l’épreuve des réseaux sociaux",
    excerpt:
      "Chercheurs, journalistes et praticiens ont débattu de la place des réseaux sociaux dans l’action de police : communication institutionnelle, diffusion d’images, rumeurs.",
    status: "PUBLISHED",
    publishedAt: "2020-01-23T18:00:00+01:00",
    category: "recherche",
    tags: ["colloque"],
    author: "author",
    body: doc(
      p(
        "Organisé par le centre de recherche de l’école, le séminaire a rassemblé une centaine de participants, dont les élèves commissaires de deuxième année.",
      ),
      h2("Trois axes de réflexion"),
      ul(
        "la communication des services de police sur les réseaux sociaux ;",
        "la diffusion d’images d’interventions et ses effets ;",
        "la circulation des rumeurs en situation de crise.",
      ),
      p(
        "Les échanges ont montré l’intérêt d’une formation des cadres à la communication numérique, dès la formation initiale.",
      ),
    ),
  },
  {
    slug: "la-revue-de-l-ecole-consacre-un-numero-a-la-relation-police-population",
    title: "Publication : la revue de l’école consacre un numéro à la relation police-population",
    excerpt:
      "Le nouveau numéro de la revue scientifique de l’ENSP rassemble douze contributions de chercheurs et de praticiens sur la confiance entre la police et la population.",
    status: "PUBLISHED",
    publishedAt: "2021-12-09T10:00:00+01:00",
    category: "recherche",
    tags: ["publication"],
    author: "editor",
    heroImage: "library",
    body: doc(
      p(
        "Comment se construit, se perd et se regagne la confiance des habitants envers leur police ? Le numéro croise les regards de sociologues, de juristes, d’historiens et de cadres de terrain, en France et à l’étranger.",
      ),
      p("Au sommaire notamment :"),
      ul(
        "une comparaison européenne des enquêtes sur la confiance dans la police ;",
        "l’histoire de la police de proximité en France ;",
        "le contrôle d’identité, entre droit et pratiques ;",
        "le témoignage d’un chef de circonscription sur le dialogue avec les habitants.",
      ),
      hr(),
      p(
        "La revue est disponible au centre de documentation de l’école et en version numérique. ",
        i("Les propositions d’articles pour le prochain numéro sont ouvertes jusqu’au 31 mars."),
      ),
    ),
  },
  {
    slug: "journee-d-etudes-sur-la-prevention-de-la-delinquance",
    title: "Journée d’études : prévenir la délinquance des mineurs",
    excerpt:
      "Magistrats, éducateurs, élus et policiers ont croisé leurs expériences lors d’une journée d’études consacrée à la prévention de la délinquance des mineurs.",
    status: "PUBLISHED",
    publishedAt: "2023-02-16T17:00:00+01:00",
    category: "recherche",
    tags: ["colloque", "police-municipale"],
    author: "author",
    body: doc(
      p(
        "La journée était construite autour de la présentation de recherches récentes sur les parcours des mineurs délinquants et sur l’efficacité des dispositifs de prévention.",
      ),
      p(
        "Les intervenants ont insisté sur ",
        b("l’importance du travail en réseau"),
        " à l’échelle des communes, associant police nationale, police municipale, éducation nationale et associations.",
      ),
      p("Les interventions sont disponibles en vidéo pour les élèves et les cadres en formation continue."),
    ),
  },
  {
    slug: "colloque-intelligence-artificielle-et-securite",
    title: "Colloque : l’intelligence artificielle, quels usages pour la sécurité ?",
    excerpt:
      "Deux jours de débats sur les promesses et les risques de l’intelligence artificielle pour les forces de sécurité, avec des chercheurs, des juristes et des ingénieurs.",
    status: "PUBLISHED",
    publishedAt: "2024-10-17T18:00:00+02:00",
    category: "recherche",
    tags: ["colloque", "cybercriminalite"],
    author: "admin",
    heroImage: "amphitheatre",
    body: doc(
      p(
        "Le colloque annuel de l’école a réuni près de 300 participants dans le grand amphithéâtre. Il a abordé les usages de l’intelligence artificielle dans l’analyse des données d’enquête, la traduction, la détection des contenus illicites en ligne et l’aide à la décision.",
      ),
      h2("Un cadre juridique exigeant"),
      p(
        "Les juristes invités ont rappelé que l’usage de ces outils est strictement encadré par le droit européen et national, notamment pour la protection des données personnelles et des libertés publiques.",
      ),
      h2("Former les cadres"),
      p(
        "Les débats ont conclu à la nécessité de former les futurs cadres à ces outils, à leurs limites et à leurs biais. Un module dédié sera intégré à la formation initiale des commissaires (",
        articleLink("lire l’article sur la rentrée 2026", "rentree-2026-des-eleves-commissaires"),
        ").",
      ),
    ),
  },
  {
    slug: "le-centre-de-recherche-accueille-des-doctorants",
    title: "Le centre de recherche de l’école accueille ses premiers doctorants",
    excerpt:
      "Trois doctorants préparent désormais leur thèse au centre de recherche de l’ENSP, en partenariat avec des laboratoires universitaires. Leurs sujets portent sur l’encadrement, l’enquête et la relation avec le public.",
    status: "PUBLISHED",
    publishedAt: "2025-10-09T11:00:00+02:00",
    category: "recherche",
    tags: ["universite", "publication"],
    author: "editor",
    body: doc(
      p(
        "Accueillis pour trois ans, les doctorants bénéficient d’un accès aux services de police pour leurs enquêtes de terrain, dans le respect des règles de confidentialité, et participent à la vie scientifique de l’école.",
      ),
      ul(
        "une thèse en sociologie sur le métier de commissaire ;",
        "une thèse en droit sur l’usage des données numériques dans l’enquête ;",
        "une thèse en sciences de gestion sur le management des équipes de nuit.",
      ),
      p("Ils présenteront l’avancement de leurs travaux lors d’un séminaire ouvert aux élèves chaque printemps."),
    ),
  },
]);
