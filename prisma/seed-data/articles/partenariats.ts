import { articleLink, b, doc, h2, i, p, ul } from "../builders";
import { defineArticles } from "../define";

export const partenariatsArticles = defineArticles([
  {
    slug: "journee-d-echanges-avec-la-securite-privee",
    title: "Sécurité privée : une journée d’échanges avec les professionnels du secteur",
    excerpt:
      "Dirigeants d’entreprises de sécurité, responsables sûreté et élèves commissaires ont débattu ensemble de la coopération entre sécurité publique et sécurité privée.",
    status: "PUBLISHED",
    publishedAt: "2019-06-13T16:00:00+02:00",
    category: "partenariats",
    tags: ["securite-privee", "continuum-de-securite", "commissaires"],
    author: "editor",
    body: doc(
      p(
        "Partenaire de longue date de la sécurité privée, l’école organisait sa journée annuelle d’échanges avec les professionnels du secteur. Près de 150 participants ont pris part aux tables rondes.",
      ),
      h2("Trois tables rondes"),
      ul(
        "la sécurisation des sites sensibles et des infrastructures ;",
        "le partage d’information entre services de police et responsables sûreté ;",
        "la formation des agents et de leur encadrement.",
      ),
      p(
        "Les élèves commissaires ont présenté les conclusions d’un travail collectif sur la sécurité des centres commerciaux, réalisé à partir d’entretiens avec des professionnels de la région.",
      ),
    ),
  },
  {
    slug: "un-master-en-securite-interieure-avec-l-universite",
    title: "Un master en sécurité intérieure ouvert avec une université partenaire",
    excerpt:
      "Une convention signée avec une université lyonnaise permet aux élèves commissaires de préparer un master pendant leur scolarité. Le diplôme est aussi ouvert à des étudiants et à des cadres du secteur privé.",
    status: "PUBLISHED",
    publishedAt: "2020-10-06T10:00:00+02:00",
    category: "partenariats",
    tags: ["universite", "commissaires"],
    author: "admin",
    body: doc(
      p(
        "Le master associe des enseignements universitaires en droit, en science politique et en sociologie aux enseignements professionnels de l’école. Une partie des cours est commune aux élèves commissaires et aux étudiants.",
      ),
      p(
        "Cette mixité est voulue : elle permet aux futurs cadres de la police de confronter leurs approches à celles d’étudiants qui rejoindront des collectivités, des entreprises ou des organisations internationales.",
      ),
      h2("Les débouchés pour les étudiants"),
      p(
        "Le diplôme prépare aux métiers de la sécurité dans les collectivités territoriales, les entreprises et les administrations, ainsi qu’aux ",
        articleLink("concours de la police nationale", "concours-de-commissaire-de-police-inscriptions-2020"),
        ".",
      ),
    ),
  },
  {
    slug: "seminaire-commun-avec-les-polices-municipales",
    title: "Polices municipales et police nationale : un séminaire commun à l’école",
    excerpt:
      "Directeurs de police municipale et élèves commissaires ont travaillé ensemble pendant deux jours sur la coordination de leurs actions dans les communes.",
    status: "PUBLISHED",
    publishedAt: "2022-10-20T14:30:00+02:00",
    category: "partenariats",
    tags: ["police-municipale", "continuum-de-securite", "commissaires"],
    author: "editor",
    body: doc(
      p(
        "Les polices municipales sont devenues un acteur majeur de la sécurité du quotidien. Pour ",
        b("mieux travailler ensemble"),
        ", il faut d’abord se connaître : c’est l’objectif de ce séminaire, organisé avec le centre de formation des agents territoriaux.",
      ),
      p(
        "Les participants ont travaillé en groupes mixtes sur des cas concrets : sécurisation d’une fête de village, tranquillité publique dans un quartier, partage des images de vidéoprotection.",
      ),
      p(
        "Cette démarche prolonge celle du ",
        articleLink("continuum de sécurité", "continuum-de-securite-il-ne-s-agit-pas-d-un-coup-de-communication"),
        ", dont l’école avait accueilli la présentation de l’ouvrage collectif un an plus tôt.",
      ),
    ),
  },
  {
    slug: "formations-croisees-avec-la-gendarmerie",
    title: "Formations croisées : élèves officiers de police et de gendarmerie travaillent ensemble",
    excerpt:
      "Pour la deuxième année, des élèves officiers de police et de gendarmerie partagent une semaine de formation commune, consacrée à l’ordre public et à la gestion de crise.",
    status: "PUBLISHED",
    publishedAt: "2024-02-28T11:00:00+01:00",
    category: "partenariats",
    tags: ["officiers", "gestion-de-crise", "cannes-ecluse"],
    author: "author",
    body: doc(
      p(
        "Accueillis à Cannes-Écluse, les élèves des deux écoles ont suivi des enseignements communs puis conduit ensemble un exercice de maintien de l’ordre sur le terrain de l’école.",
      ),
      p(
        "Sur le terrain, policiers et gendarmes sont de plus en plus souvent engagés côte à côte. Apprendre à connaître ",
        i("dès l’école"),
        " les méthodes, le vocabulaire et l’organisation de l’autre force facilite la coopération future.",
      ),
      p("Une semaine réciproque sera organisée à l’automne dans l’école de gendarmerie partenaire."),
    ),
  },
]);
