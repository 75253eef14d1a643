import { articleLink, b, doc, h2, p, quote, ul } from "../builders";
import { defineArticles } from "../define";

export const internationalArticles = defineArticles([
  {
    slug: "visite-d-une-delegation-d-afrique-de-l-ouest",
    title: "Coopération : une délégation de cadres de police d’Afrique de l’Ouest en visite à l’école",
    excerpt:
      "Une dizaine de responsables de formation de polices d’Afrique de l’Ouest ont découvert les méthodes pédagogiques de l’ENSP, dans le cadre d’un programme de coopération.",
    status: "PUBLISHED",
    publishedAt: "2019-05-16T15:00:00+02:00",
    category: "international",
    tags: ["cooperation-internationale"],
    author: "editor",
    heroImage: "international",
    body: doc(
      p(
        "Pendant une semaine, la délégation a assisté à des enseignements, échangé avec les formateurs et visité les installations des deux sites de l’école.",
      ),
      p(
        "Les échanges ont porté en particulier sur l’ingénierie de formation : comment construire un référentiel de compétences, évaluer les élèves, former les formateurs.",
      ),
      p("Un programme de formation de formateurs, organisé dans les pays partenaires, doit prolonger cette visite."),
    ),
  },
  {
    slug: "programme-d-echange-europeen-pour-les-eleves-commissaires",
    title: "Échanges européens : des élèves commissaires en immersion dans des polices voisines",
    excerpt:
      "Grâce au programme d’échange de l’Agence de l’Union européenne pour la formation des services répressifs (CEPOL), des élèves commissaires ont passé deux semaines dans des services de police européens.",
    status: "PUBLISHED",
    publishedAt: "2022-04-07T10:00:00+02:00",
    category: "international",
    tags: ["europe", "commissaires"],
    author: "author",
    body: doc(
      p(
        "Chaque élève a été accueilli par un service homologue, avec lequel il a partagé le quotidien : réunions de direction, opérations, échanges avec les partenaires locaux. En retour, l’école a accueilli des cadres de police étrangers.",
      ),
      h2("Ce que les élèves en retiennent"),
      ul(
        "des organisations très différentes pour des missions semblables ;",
        "l’importance des outils communs de coopération européenne ;",
        "la richesse des contacts noués, utiles pour la suite de leur carrière.",
      ),
      p("Chaque élève rédige un rapport d’étonnement, présenté devant sa promotion."),
    ),
  },
  {
    slug: "des-commissaires-etrangers-diplomes",
    title: "Élèves étrangers : dix-huit commissaires de police diplômés",
    excerpt:
      "Venus de quatorze pays, les élèves étrangers qui suivaient la scolarité des commissaires ont reçu leur diplôme. Ils rejoignent leurs polices nationales.",
    status: "PUBLISHED",
    publishedAt: "2023-07-06T17:00:00+02:00",
    category: "international",
    tags: ["cooperation-internationale", "commissaires", "ceremonie"],
    author: "editor",
    body: doc(
      p(
        "Depuis de nombreuses années, l’école accueille des élèves étrangers aux côtés des élèves commissaires français. Ils suivent la même scolarité, adaptée pour certains enseignements de droit, et effectuent des stages dans les services français.",
      ),
      quote(
        "« Ces promotions mixtes créent des liens qui durent : nos anciens élèves étrangers sont aujourd’hui nos premiers interlocuteurs dans de nombreux pays », souligne le chef du service des relations internationales.",
      ),
      p(
        "La cérémonie s’est tenue en présence de représentants des ambassades des pays concernés. Les diplômés ont été ",
        b("invités à rejoindre le réseau des anciens élèves"),
        " de l’école.",
      ),
    ),
  },
  {
    slug: "seminaire-europeen-sur-la-gestion-des-foules",
    title: "Gestion des foules : un séminaire européen à Saint-Cyr-au-Mont-d’Or",
    excerpt:
      "Des cadres de police de six pays européens ont comparé leurs doctrines de gestion des foules et de désescalade, à l’issue d’une année riche en grands événements.",
    status: "PUBLISHED",
    publishedAt: "2024-10-03T12:00:00+02:00",
    category: "international",
    tags: ["europe", "grands-evenements"],
    author: "admin",
    body: doc(
      p(
        "Organisé avec une école de police allemande partenaire, le séminaire a réuni une quarantaine de participants pendant trois jours. Chaque délégation a présenté sa doctrine, puis les groupes ont analysé des situations vécues lors de manifestations sportives et culturelles.",
      ),
      h2("Des approches qui convergent"),
      p(
        "Communication avec le public, dialogue avec les organisateurs, équipes de liaison : les participants ont constaté une convergence des pratiques, tout en mesurant l’importance des cultures nationales.",
      ),
      p("Les actes du séminaire seront publiés en français, en anglais et en allemand."),
    ),
  },
  {
    slug: "retour-d-experience-des-jeux-avec-des-delegations-etrangeres",
    title: "Jeux olympiques et paralympiques : l’école partage son retour d’expérience",
    excerpt:
      "Des délégations de pays qui accueilleront prochainement de grandes compétitions sont venues étudier l’organisation de la sécurité de l’été 2024.",
    status: "PUBLISHED",
    publishedAt: "2025-01-30T10:00:00+01:00",
    category: "international",
    tags: ["grands-evenements", "cooperation-internationale"],
    author: "editor",
    heroImage: "international",
    body: doc(
      p(
        "L’école a conçu avec les services engagés pendant les Jeux un module de retour d’expérience. Il a été présenté pour la première fois à des cadres de police étrangers, accueillis pendant une semaine à Saint-Cyr-au-Mont-d’Or.",
      ),
      p(
        "Le module s’appuie sur les formations dispensées avant l’événement (",
        articleLink("lire notre article", "securite-des-grands-evenements-formation-des-cadres"),
        ") et sur les enseignements tirés sur le terrain : planification, coordination des forces, coopération avec la sécurité privée, gestion des flux.",
      ),
      p("D’autres sessions sont prévues en 2025 pour des délégations européennes."),
    ),
  },
]);
