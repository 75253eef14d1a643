import { articleLink, b, doc, h2, i, link, ol, p, ul } from "../builders";
import { defineArticles } from "../define";

export const concoursArticles = defineArticles([
  {
    slug: "concours-de-commissaire-de-police-inscriptions-2020",
    title: "Concours de commissaire de police : les inscriptions sont ouvertes",
    excerpt:
      "Les candidats aux concours externe et interne de commissaire de police peuvent s’inscrire jusqu’à la fin du mois de février. Les épreuves écrites auront lieu au printemps.",
    status: "PUBLISHED",
    publishedAt: "2020-01-14T09:00:00+01:00",
    category: "concours-et-recrutement",
    tags: ["concours", "commissaires"],
    author: "admin",
    body: doc(
      p(
        "Le concours externe est ouvert aux titulaires d’un diplôme de niveau master ; le concours interne aux fonctionnaires justifiant de plusieurs années de services. Les lauréats intègrent l’école pour une scolarité rémunérée.",
      ),
      h2("Les étapes du concours"),
      ol(
        "l’inscription en ligne, jusqu’à la fin du mois de février ;",
        "les épreuves écrites d’admissibilité, au printemps ;",
        "les épreuves sportives et les épreuves orales d’admission, en été ;",
        "la rentrée à l’école, en septembre.",
      ),
      p(
        "Les conditions détaillées et le calendrier sont publiés sur le site du ",
        link("ministère de l’Intérieur", "https://www.interieur.gouv.fr/"),
        ".",
      ),
    ),
  },
  {
    slug: "classes-preparatoires-integrees",
    title: "Égalité des chances : la classe préparatoire intégrée fait sa rentrée",
    excerpt:
      "Vingt étudiants et demandeurs d’emploi, sélectionnés sur critères sociaux et sur leur motivation, préparent cette année les concours d’officier et de commissaire au sein de l’école.",
    status: "PUBLISHED",
    publishedAt: "2022-09-15T10:00:00+02:00",
    category: "concours-et-recrutement",
    tags: ["concours", "solidarite"],
    author: "editor",
    body: doc(
      p(
        "La classe préparatoire intégrée offre aux élèves un hébergement, une allocation et un accompagnement renforcé : entraînements aux épreuves écrites, oraux blancs, préparation physique et tutorat par des élèves de l’école.",
      ),
      p(
        "Son objectif est de ",
        b("diversifier le recrutement"),
        " des cadres de la police nationale, en ouvrant les concours à des candidats qui n’auraient pas pu les préparer dans de bonnes conditions.",
      ),
      p("Les candidatures pour la prochaine promotion seront ouvertes au printemps."),
    ),
  },
  {
    slug: "concours-d-officier-de-police-se-preparer-aux-epreuves",
    title: "Concours d’officier de police : comment se préparer aux épreuves",
    excerpt:
      "Épreuves écrites, sportives et orales : des formateurs de l’école et d’anciens lauréats livrent leurs conseils aux candidats au concours d’officier de police.",
    status: "PUBLISHED",
    publishedAt: "2024-09-19T09:00:00+02:00",
    category: "concours-et-recrutement",
    tags: ["concours", "officiers"],
    author: "author",
    body: doc(
      p("Le concours d’officier de police est exigeant et sélectif. Quelques conseils pour aborder chaque étape :"),
      h2("Les épreuves écrites"),
      p(
        "Révisez régulièrement le droit pénal et la procédure pénale, et entraînez-vous en temps limité. Pour la note de synthèse, la méthode compte autant que les connaissances.",
      ),
      h2("Les épreuves sportives"),
      p("Préparez-vous plusieurs mois à l’avance, avec un entraînement régulier et varié : course, parcours, natation."),
      h2("L’oral"),
      ul(
        "préparez une présentation claire de votre parcours et de votre motivation ;",
        "suivez l’actualité de la sécurité et des institutions ;",
        ["entraînez-vous devant un jury blanc, par exemple dans une ", articleLink("classe préparatoire intégrée", "classes-preparatoires-integrees"), "."],
      ),
    ),
  },
  {
    slug: "concours-de-commissaire-2026-le-calendrier",
    title: "Concours de commissaire 2026 : le calendrier",
    excerpt:
      "Inscriptions, épreuves écrites, épreuves sportives, oraux : toutes les dates du concours de commissaire de police 2026. Mise à jour : les dates des épreuves sportives ont changé.",
    status: "PUBLISHED",
    publishedAt: "2026-01-15T09:00:00+01:00",
    revisedAt: "2026-02-03T14:00:00+01:00",
    category: "concours-et-recrutement",
    tags: ["concours", "commissaires"],
    author: "admin",
    body: doc(
      p(
        b("Mise à jour du 3 février 2026 :"),
        " les épreuves sportives, initialement prévues en juin, sont avancées à la fin du mois de mai. Les candidats admissibles recevront une convocation individuelle.",
      ),
      h2("Le calendrier"),
      ul(
        [b("Inscriptions"), " : du 15 janvier au 27 février 2026, en ligne ;"],
        [b("Épreuves écrites"), " : début avril 2026 ;"],
        [b("Épreuves sportives"), " : fin mai 2026 ", i("(dates modifiées)"), " ;"],
        [b("Épreuves orales"), " : juin et juillet 2026 ;"],
        [b("Rentrée à l’école"), " : septembre 2026."],
      ),
      p(
        "Pour préparer les épreuves, relisez nos ",
        articleLink("conseils aux candidats", "concours-d-officier-de-police-se-preparer-aux-epreuves"),
        ", valables pour l’essentiel au concours de commissaire.",
      ),
    ),
  },
  {
    slug: "rencontres-etudiantes-les-cadres-de-la-police-presentent-leurs-metiers",
    title: "Rencontres étudiantes : les cadres de la police présentent leurs métiers",
    excerpt:
      "Commissaires et officiers sont allés à la rencontre d’étudiants de plusieurs universités de la région pour présenter leurs métiers et les concours qui y mènent.",
    status: "PUBLISHED",
    publishedAt: "2026-11-05T10:00:00+01:00",
    category: "concours-et-recrutement",
    tags: ["concours", "universite"],
    author: "editor",
    body: doc(
      p(
        "Une dizaine de rencontres ont été organisées cet automne dans des facultés de droit, des instituts d’études politiques et des écoles d’ingénieurs. Chaque fois, un commissaire et un officier en poste ont présenté leur parcours, accompagnés d’élèves de l’école.",
      ),
      p(
        "Les questions des étudiants ont porté sur la diversité des métiers, la mobilité géographique, la conciliation entre vie professionnelle et vie personnelle, et bien sûr sur les épreuves des concours.",
      ),
      p(
        "Les prochaines rencontres auront lieu au printemps, avant la clôture des inscriptions aux concours. Les établissements intéressés peuvent contacter le service communication de l’école.",
      ),
    ),
  },
]);
