import { articleLink, b, doc, figure, h2, h3, i, ol, p, quote, ul } from "../builders";
import { defineArticles } from "../define";

export const formationInitialeArticles = defineArticles([
  {
    slug: "rentree-des-eleves-commissaires-2019",
    title: "Rentrée : une nouvelle promotion d’élèves commissaires à Saint-Cyr-au-Mont-d’Or",
    excerpt:
      "Lauréats du concours externe et du concours interne, les élèves commissaires de la nouvelle promotion ont fait leur rentrée. Vingt-deux mois de formation les attendent avant leur première affectation.",
    status: "PUBLISHED",
    publishedAt: "2019-09-03T15:00:00+02:00",
    category: "formation-initiale",
    tags: ["commissaires", "saint-cyr-au-mont-d-or"],
    author: "editor",
    heroImage: "amphitheatre",
    body: doc(
      p(
        "Accueillis dans le grand amphithéâtre par la direction de l’école, les élèves commissaires ont découvert lundi le programme de leur scolarité. Issus du concours externe, du concours interne ou de la voie professionnelle, ils ont des parcours très différents : juristes, anciens officiers, ingénieurs, sportifs de haut niveau.",
      ),
      h2("Une scolarité en alternance"),
      p("La formation alterne enseignements à l’école et stages sur le terrain :"),
      ol(
        "une période d’enseignements fondamentaux : droit pénal, procédure, libertés publiques, management ;",
        "des stages en commissariat, en service d’investigation et en unité d’ordre public ;",
        "un stage d’ouverture dans une administration, une entreprise ou un service étranger ;",
        "une période d’approfondissement avant le choix des postes.",
      ),
      quote(
        "« Vous serez demain responsables d’hommes et de femmes qui vous feront confiance. Cette école est là pour vous y préparer », a souligné le directeur de l’école dans son discours d’accueil.",
      ),
    ),
  },
  {
    slug: "continuite-pedagogique-pendant-le-confinement",
    title: "Confinement : l’école assure la continuité de la formation à distance",
    excerpt:
      "Depuis la fermeture des sites au public, les enseignements des élèves commissaires et des élèves officiers se poursuivent en ligne. Un défi relevé en quelques jours par les équipes pédagogiques.",
    status: "PUBLISHED",
    publishedAt: "2020-04-20T11:00:00+02:00",
    category: "formation-initiale",
    tags: ["commissaires", "officiers", "gestion-de-crise"],
    author: "admin",
    body: doc(
      p(
        "Les élèves qui ne sont pas mobilisés en renfort dans les services suivent désormais leurs cours depuis leur domicile. Les formateurs ont adapté leurs séquences en classes virtuelles, complétées par des ressources en ligne et des études de cas à rendre chaque semaine.",
      ),
      h2("Ce qui change pour les élèves"),
      ul(
        "les enseignements théoriques sont assurés en classe virtuelle, selon l’emploi du temps habituel ;",
        "les évaluations écrites sont remplacées par des dossiers et des oraux à distance ;",
        "les enseignements pratiques (tir, techniques d’intervention) seront rattrapés au retour sur site.",
      ),
      p(
        "Les élèves officiers de Cannes-Écluse en fin de scolarité ont pour leur part rejoint leurs services d’affectation de manière anticipée, pour renforcer les effectifs pendant la crise sanitaire.",
      ),
      p("Les équipes pédagogiques restent joignables par la messagerie de l’école pour toute question sur la scolarité."),
    ),
  },
  {
    slug: "bapteme-de-promotion-des-eleves-commissaires-2021",
    title: "Baptême de promotion : les élèves commissaires choisissent leur nom",
    excerpt:
      "Au terme de leur première année, les élèves commissaires ont reçu le nom de leur promotion lors d’une cérémonie dans la cour d’honneur, en présence de leurs familles.",
    status: "PUBLISHED",
    publishedAt: "2021-06-25T18:00:00+02:00",
    category: "formation-initiale",
    tags: ["commissaires", "ceremonie"],
    author: "editor",
    heroImage: "ceremony",
    body: doc(
      p(
        "Le baptême de promotion est l’un des moments forts de la scolarité. Après plusieurs mois de réflexion, les élèves ont choisi de placer leur promotion sous le signe de valeurs qui les rassemblent : leur promotion s’appellera ",
        b("« Service et Honneur »"),
        ".",
      ),
      p(
        "La cérémonie, organisée dans le respect des règles sanitaires, a réuni les élèves en tenue, leurs familles et les personnels de l’école. Elle s’est conclue par la remise de l’insigne de promotion.",
      ),
      quote(
        "« Un nom de promotion, on le porte toute sa carrière. Il dit ce que l’on veut être », a rappelé le délégué de la promotion.",
      ),
      p("Les élèves partent maintenant en stage dans les services pendant l’été."),
    ),
  },
  {
    slug: "sortie-de-promotion-des-lieutenants-2022",
    title: "Sortie de promotion : les nouveaux lieutenants rejoignent leurs services",
    excerpt:
      "À Cannes-Écluse, la promotion d’élèves officiers a achevé sa scolarité. Après la cérémonie de sortie, les lieutenants de police prennent leurs fonctions dans toute la France.",
    status: "PUBLISHED",
    publishedAt: "2022-07-08T12:00:00+02:00",
    category: "formation-initiale",
    tags: ["officiers", "ceremonie", "cannes-ecluse"],
    author: "author",
    body: doc(
      p(
        "Après dix-huit mois de formation, les élèves officiers ont reçu leurs galons de lieutenant lors d’une cérémonie organisée sur la place d’armes du site de Cannes-Écluse.",
      ),
      h2("Le choix des postes"),
      p(
        "Quelques semaines plus tôt, les élèves avaient choisi leur affectation, dans l’ordre de leur classement : sécurité publique, police judiciaire, police aux frontières, renseignement, ordre public. Une majorité d’entre eux rejoint l’Île-de-France.",
      ),
      figure("ceremony", { caption: "Les élèves officiers en rang lors de la cérémonie (illustration)." }),
      h2("Et après ?"),
      p(
        "Les jeunes lieutenants restent en lien avec l’école : un retour d’expérience est organisé un an après leur prise de poste, et ils pourront revenir pour des sessions de ",
        i("formation continue"),
        " tout au long de leur carrière.",
      ),
    ),
  },
  {
    slug: "exercice-de-gestion-de-crise-grandeur-nature",
    title: "Exercice grandeur nature : les élèves commissaires face à une crise",
    excerpt:
      "Pendant 36 heures, les élèves commissaires ont dirigé la réponse à une crise simulée, en lien avec des sapeurs-pompiers, des services préfectoraux et des élus. Un exercice exigeant, au cœur de leur formation.",
    status: "PUBLISHED",
    publishedAt: "2023-03-16T17:30:00+01:00",
    category: "formation-initiale",
    tags: ["commissaires", "gestion-de-crise"],
    author: "editor",
    body: doc(
      p(
        "Le scénario, tenu secret jusqu’au dernier moment, simulait une inondation majeure dans une ville moyenne, compliquée par des troubles à l’ordre public. Les élèves étaient répartis entre un centre opérationnel, un poste de commandement avancé et une cellule de communication.",
      ),
      h2("Les objectifs pédagogiques"),
      ul(
        "prendre des décisions dans l’urgence et avec des informations incomplètes ;",
        "coordonner l’action de services aux cultures différentes ;",
        "communiquer auprès des autorités, de la presse et de la population ;",
        "tenir dans la durée en organisant les relèves.",
      ),
      h3("Un retour d’expérience détaillé"),
      p(
        "L’exercice s’est conclu par un débriefing collectif, animé par les formateurs et les partenaires qui avaient joué les rôles extérieurs. Chaque élève recevra une évaluation individuelle de ses décisions.",
      ),
    ),
  },
  {
    slug: "rentree-2026-des-eleves-commissaires",
    title: "Rentrée 2026 : les élèves commissaires ont rejoint l’école",
    excerpt:
      "La nouvelle promotion d’élèves commissaires a fait sa rentrée à Saint-Cyr-au-Mont-d’Or. Sa scolarité intègre pour la première fois un module consacré à l’intelligence artificielle.",
    status: "PUBLISHED",
    publishedAt: "2026-09-08T16:00:00+02:00",
    category: "formation-initiale",
    tags: ["commissaires", "saint-cyr-au-mont-d-or", "cybercriminalite"],
    author: "admin",
    body: doc(
      p(
        "Comme chaque année en septembre, l’amphithéâtre de l’école a accueilli les élèves commissaires pour leur première journée. Le programme de leur scolarité reprend la structure ",
        articleLink("présentée aux promotions précédentes", "rentree-des-eleves-commissaires-2019"),
        " : alternance entre enseignements et stages, ouverture sur l’extérieur, mise en situation.",
      ),
      h2("Nouveauté : un module sur l’intelligence artificielle"),
      p(
        "Prolongeant les travaux du ",
        articleLink("colloque de 2024", "colloque-intelligence-artificielle-et-securite"),
        ", un module de trente heures présentera aux élèves les usages de l’intelligence artificielle dans l’enquête et l’analyse, leurs limites et le cadre juridique qui les encadre.",
      ),
      p("La promotion choisira son nom au printemps, lors du traditionnel baptême."),
    ),
  },
]);
