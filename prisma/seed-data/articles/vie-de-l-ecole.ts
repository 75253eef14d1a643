import { articleLink, b, doc, figure, h2, i, p, quote, ul } from "../builders";
import { defineArticles } from "../define";

export const vieDeLEcoleArticles = defineArticles([
  {
    slug: "journees-portes-ouvertes-2019",
    title: "Journées portes ouvertes : l’école a accueilli le public à Saint-Cyr-au-Mont-d’Or",
    excerpt:
      "Pendant deux jours, familles, lycéens et étudiants ont découvert les lieux où sont formés les commissaires de police. Démonstrations, rencontres avec les élèves et visites guidées étaient au programme.",
    status: "PUBLISHED",
    publishedAt: "2019-03-25T11:00:00+01:00",
    category: "vie-de-l-ecole",
    tags: ["portes-ouvertes", "saint-cyr-au-mont-d-or"],
    author: "editor",
    heroImage: "facade",
    body: doc(
      p(
        "Les 23 et 24 mars, l’École nationale supérieure de la police ouvrait exceptionnellement les portes de son site de Saint-Cyr-au-Mont-d’Or. Plus de ",
        b("1 500 visiteurs"),
        " ont parcouru le parc, les salles de cours et les installations sportives de l’école.",
      ),
      h2("Un programme pour tous les publics"),
      ul(
        "des visites guidées du site, conduites par des élèves commissaires ;",
        "des démonstrations de techniques d’intervention et de police technique et scientifique ;",
        "un espace d’information sur les concours de commissaire et d’officier de police ;",
        "une exposition retraçant l’histoire de la formation des cadres de la police nationale.",
      ),
      p(
        "Le stand consacré aux concours a été le plus fréquenté : de nombreux étudiants en droit et en sciences politiques sont venus s’informer sur les épreuves et la scolarité.",
      ),
      quote(
        "« Ces journées sont l’occasion de montrer ce qu’est réellement la formation d’un cadre de police : du droit, du management, du terrain, et beaucoup de sport », résume le directeur des formations.",
      ),
    ),
  },
  {
    slug: "cross-de-l-ecole-2019",
    title: "Cross de l’école : élèves et personnels sur la ligne de départ",
    excerpt:
      "Le traditionnel cross de l’ENSP a réuni près de 400 coureurs sur les hauteurs de Saint-Cyr-au-Mont-d’Or, au profit d’une association d’aide aux familles de policiers.",
    status: "PUBLISHED",
    publishedAt: "2019-10-11T16:30:00+02:00",
    category: "vie-de-l-ecole",
    tags: ["sport", "solidarite"],
    author: "author",
    heroImage: "sport",
    body: doc(
      p(
        "Jeudi après-midi, élèves commissaires, élèves officiers venus de Cannes-Écluse, formateurs et personnels administratifs se sont élancés sur deux parcours de 5 et 10 kilomètres tracés dans le parc et les chemins environnants.",
      ),
      p(
        "Au-delà de la performance, le cross est un moment de cohésion : les promotions courent ensemble, encouragées par leurs cadres. Chaque inscription donnait lieu à un don reversé à une ",
        b("association d’aide aux orphelins et aux familles de policiers"),
        ".",
      ),
      h2("Les résultats"),
      ul(
        "10 km : victoire d’un élève commissaire de deuxième année, en 36 minutes ;",
        "5 km : victoire d’une élève officier, en 19 minutes ;",
        "challenge des promotions : la promotion d’élèves officiers l’emporte au nombre de participants.",
      ),
      p("Rendez-vous l’an prochain pour une nouvelle édition."),
    ),
  },
  {
    slug: "ceremonie-du-11-novembre-2020",
    title: "11-Novembre : une cérémonie en format restreint",
    excerpt:
      "Contraintes sanitaires obligent, la commémoration de l’Armistice s’est tenue en comité réduit dans la cour d’honneur de l’école. Elle a été retransmise aux élèves en formation à distance.",
    status: "PUBLISHED",
    publishedAt: "2020-11-12T09:00:00+01:00",
    category: "vie-de-l-ecole",
    tags: ["memoire", "ceremonie"],
    author: "editor",
    heroImage: "ceremony",
    body: doc(
      p(
        "Une délégation restreinte d’élèves et de personnels s’est réunie le 11 novembre au pied des mâts de la cour d’honneur pour rendre hommage aux morts de la Première Guerre mondiale et à tous les morts pour la France.",
      ),
      p(
        "Après la levée des couleurs, la lecture du message officiel et le dépôt d’une gerbe, une minute de silence a été observée. La cérémonie était retransmise en direct aux élèves qui suivaient leurs enseignements à distance.",
      ),
      p(
        "Les élèves ont également rappelé le souvenir des policiers morts en service, dont les noms sont inscrits sur le monument de l’école.",
      ),
    ),
  },
  {
    slug: "collecte-de-sang-2022",
    title: "Don du sang : plus de 120 volontaires lors de la collecte organisée à l’école",
    excerpt:
      "Pour la troisième année consécutive, l’ENSP a accueilli une collecte de l’Établissement français du sang. Élèves et personnels se sont mobilisés en nombre.",
    status: "PUBLISHED",
    publishedAt: "2022-02-09T14:00:00+01:00",
    category: "vie-de-l-ecole",
    tags: ["solidarite", "saint-cyr-au-mont-d-or"],
    author: "author",
    body: doc(
      p(
        "Installée dans le gymnase pour la journée, l’équipe de l’Établissement français du sang a reçu plus de ",
        b("120 volontaires"),
        ", dont une quarantaine de premiers donneurs.",
      ),
      p(
        "L’initiative est portée par l’association des élèves, qui a organisé l’accueil et la collation. Elle s’inscrit dans les actions de solidarité que l’école encourage tout au long de la scolarité.",
      ),
      p("Une prochaine collecte est prévue à l’automne sur le site de Cannes-Écluse."),
    ),
  },
  {
    slug: "un-rucher-dans-le-parc-de-saint-cyr",
    title: "Un rucher s’installe dans le parc de l’école",
    excerpt:
      "Cinq ruches ont été installées dans le parc du site de Saint-Cyr-au-Mont-d’Or. Un projet porté par des personnels volontaires, dans le cadre de la démarche de développement durable de l’école.",
    status: "PUBLISHED",
    publishedAt: "2023-05-22T10:00:00+02:00",
    category: "vie-de-l-ecole",
    tags: ["developpement-durable", "saint-cyr-au-mont-d-or"],
    author: "author",
    body: doc(
      p(
        "Le parc arboré du site de Saint-Cyr-au-Mont-d’Or accueille désormais ",
        b("cinq ruches"),
        ". Elles ont été installées avec un apiculteur de la région, dans une zone à l’écart des lieux de passage et des installations sportives.",
      ),
      h2("Un projet collectif"),
      p(
        "Une dizaine de personnels volontaires se sont formés aux bases de l’apiculture. Ils assureront les visites des ruches tout au long de la saison, et les premières récoltes sont attendues à la fin de l’été.",
      ),
      p(
        "Le rucher complète les autres actions de la démarche de développement durable de l’école : fauche tardive d’une partie des pelouses, tri des déchets et réduction des impressions papier.",
      ),
    ),
  },
  {
    slug: "tournoi-de-rugby-inter-ecoles",
    title: "Tournoi de rugby inter-écoles : les élèves à l’heure de la Coupe du monde",
    excerpt:
      "En pleine Coupe du monde de rugby, l’ENSP a accueilli un tournoi à sept réunissant des équipes d’écoles de la fonction publique. Une journée sportive placée sous le signe de la cohésion.",
    status: "PUBLISHED",
    publishedAt: "2023-09-29T17:00:00+02:00",
    category: "vie-de-l-ecole",
    tags: ["sport", "grands-evenements"],
    author: "editor",
    body: doc(
      p(
        "Huit équipes mixtes se sont affrontées sur le terrain de l’école, dans un format à sept qui privilégie la vitesse et le jeu de mouvement. Les élèves commissaires et les élèves officiers avaient chacun engagé une équipe.",
      ),
      p(
        "Le tournoi faisait écho à la Coupe du monde organisée en France, dont la sécurité mobilise de nombreux cadres de la police nationale. Un enjeu déjà évoqué lors de la présentation de l’ouvrage collectif sur le ",
        articleLink("continuum de sécurité", "continuum-de-securite-il-ne-s-agit-pas-d-un-coup-de-communication"),
        ", accueillie par l’école en 2021.",
      ),
      quote("« Sur un terrain comme en service, on ne gagne qu’en équipe », a rappelé l’encadrant sportif de l’école en remettant le trophée."),
      p("La finale a été remportée par l’équipe des élèves officiers, au terme d’un match très disputé."),
    ),
  },
  {
    slug: "journees-portes-ouvertes-2025",
    title: "Journées portes ouvertes 2025 : une affluence record",
    excerpt:
      "Près de 2 500 visiteurs se sont pressés à Saint-Cyr-au-Mont-d’Or pour découvrir l’école. Nouveauté cette année : des conférences sur les métiers de commissaire et d’officier dans le grand amphithéâtre.",
    status: "PUBLISHED",
    publishedAt: "2025-03-17T10:30:00+01:00",
    category: "vie-de-l-ecole",
    tags: ["portes-ouvertes", "saint-cyr-au-mont-d-or", "concours"],
    author: "editor",
    body: doc(
      p(
        "Six ans après ",
        articleLink("les journées portes ouvertes de 2019", "journees-portes-ouvertes-2019"),
        ", l’école a de nouveau ouvert ses portes au grand public les 15 et 16 mars. L’affluence a dépassé toutes les attentes.",
      ),
      h2("Des conférences sur les métiers"),
      p(
        "Toutes les heures, des élèves et des cadres en poste ont présenté leur parcours et leur quotidien dans le grand amphithéâtre. Les séances consacrées au concours de commissaire ont fait salle comble.",
      ),
      figure("amphitheatre", { caption: "Le grand amphithéâtre a accueilli les conférences sur les métiers." }),
      h2("Les démonstrations toujours plébiscitées"),
      p(
        "Les démonstrations de police technique et scientifique, de techniques d’intervention et de cynotechnie ont une nouvelle fois attiré un public nombreux, en particulier les familles.",
      ),
      p(
        "Pour tout savoir sur les concours, consultez la rubrique ",
        i("Concours et recrutement"),
        " de ce site.",
      ),
    ),
  },
  {
    slug: "journees-europeennes-du-patrimoine-2026",
    title: "Journées européennes du patrimoine : le site de Saint-Cyr-au-Mont-d’Or se visite",
    excerpt:
      "Les 19 et 20 septembre, l’école propose des visites guidées de son parc et de ses bâtiments historiques. Inscription gratuite mais obligatoire.",
    status: "PUBLISHED",
    publishedAt: "2026-09-07T09:00:00+02:00",
    category: "vie-de-l-ecole",
    tags: ["portes-ouvertes", "saint-cyr-au-mont-d-or"],
    author: "admin",
    heroImage: "facade",
    body: doc(
      p(
        "À l’occasion des Journées européennes du patrimoine, l’École nationale supérieure de la police ouvre au public son site de Saint-Cyr-au-Mont-d’Or, où sont formés les commissaires de police.",
      ),
      h2("Au programme"),
      ul(
        "une visite guidée du parc et des bâtiments historiques, d’une durée d’une heure trente ;",
        "une exposition de documents d’archives sur l’histoire de la formation des cadres de police ;",
        "une présentation des uniformes et des insignes de la police nationale.",
      ),
      h2("Informations pratiques"),
      p(
        "Les visites partent toutes les heures de 10 h à 16 h, par groupes de 25 personnes. Une pièce d’identité sera demandée à l’entrée du site. L’inscription se fait auprès de l’accueil de l’école.",
      ),
    ),
  },
]);
