import { articleLink, doc, h2, link, p } from "./builders";
import { defineArticle } from "./define";
import { EARLIER_ARTICLE_SLUG } from "./earlier-article";

export const REFERENCE_ARTICLE_SLUG = "continuum-de-securite-il-ne-s-agit-pas-d-un-coup-de-communication";
export const REFERENCE_ARTICLE_OLD_SLUG = "continuum-de-securite-il-ne-s-agit-pas-d-un-coup-de-com";

/**
 * The article of the school's real news page (/work/shared/reference/ensp-news-page.txt), copied
 * faithfully: its wording, typography (’ « » and non-breaking spaces) and small slips are the source's.
 * Editorial choices, the only departures from the page's text:
 * - the chapô is the first paragraph without "(voir notre article précédent)", which is a link and
 *   cannot live in a plain-text field; the body opens with that link, to the earlier article;
 * - "CONVICTIO ," loses the space the page's link left before the comma;
 * - the questions, which the page sets as "- Question ?" paragraphs, become h2 headings;
 * - the empty paragraphs (a lone non-breaking space) the page uses as spacers are left out.
 */
export const REFERENCE_ARTICLE_TITLE =
  "Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » !";

export const REFERENCE_ARTICLE_EXCERPT =
  "Réunis à l’ENSP hier, les 23 rédacteurs de la « Contribution Territoriale au Continuum de Sécurité » se sont rencontrés pour une présentation officielle de l’ouvrage. C’est la première fois que l’ENSP accueille autant d’experts de la sécurité issus de milieux aussi diverses (institutions régionales, réseaux professionnels et entreprises rhônalpines, élus locaux, étudiants…) et le pari est réussi !";

export const referenceArticle = defineArticle({
  slug: REFERENCE_ARTICLE_SLUG,
  oldSlugs: [REFERENCE_ARTICLE_OLD_SLUG],
  title: REFERENCE_ARTICLE_TITLE,
  excerpt: REFERENCE_ARTICLE_EXCERPT,
  status: "PUBLISHED",
  // the day after the meeting ("Réunis à l’ENSP hier"), during the COVID rules, before the 2023 Rugby World Cup
  publishedAt: "2021-10-15T09:30:00+02:00",
  category: "partenariats",
  tags: ["securite-privee", "continuum-de-securite", "grands-evenements"],
  author: "editor",
  heroImage: "continuum",
  body: doc(
    p("(", articleLink("voir notre article précédent", EARLIER_ARTICLE_SLUG), ")"),
    p("Jean-Baptiste JUSOT, du cabinet ", link("CONVICTIO", "https://www.convictio.fr/"), ", a coordonné la mise en œuvre de l’ouvrage. Il dresse pour nous le bilan de ces rencontres."),
    h2("Quel bilan dressez-vous de cette matinée de rencontres?"),
    p(
      "«\u00a0Très riche. Malgré les contraintes sanitaires compliquées, de nombreux contributeurs sont venus...signe de leur intérêt et de leur volonté de faire vivre cette initiative. Nous avons aussi été sensibles à la volonté des participants de s'inscrire dans la dynamique initiée par le livre.",
    ),
    p(
      "On a vu qu'ils avaient pris conscience de l'importance de notre démarche. Ils sont acteurs d'un projet\u00a0de fond, sur la durée. Il ne s'agit pas \"d'un coup\" de communication\u00a0».",
    ),
    h2("Qu'attendiez-vous de cet évènement\u00a0? êtes-vous satisfait\u00a0?"),
    p(
      "«\u00a0Nous sommes très satisfaits. La réception dans ce lieu symbolique est un encouragement de l'institution auquel\u00a0nous sommes sensibles. Ce soutien nous oblige, car il est une marque de confiance dont nous devons être à la hauteur. Il est surtout la concrétisation du continuum de sécurité public/privé ! Ce qui est important aussi, c'est que cet événement ait un caractère territorial. Nous sommes convaincus que les solutions se trouvent au plus près du terrain. Notre région est le laboratoire de ce que nous devons faire, nous français, au niveau national...en application du principe de subsidiarité\u00a0».",
    ),
    h2("Les participants étaient issus de milieux très différents. En quoi était-ce important de les réunir \u00a0?"),
    p(
      "«\u00a0Ce dont souffre\u00a0le plus les acteurs de la sécurité, c'est de l'isolement. Chacun nage \"dans son couloir\". Grâce à l'ENSP, nous avons réunis ceux qui doivent travailler ensemble. À l'image de ce que font les anglo-saxons depuis des décennies, nous devons unir nos forces au services de nos concitoyens et pour défendre les intérêts de notre pays. Privés et publics peuvent agir de concert pour le bien commun\u00a0».",
    ),
    h2("Quelle est la prochaine étape\u00a0?"),
    p(
      "«\u00a0Nous allons communiquer largement sur ce livre. Chaque contributeur devient désormais un ambassadeur du projet en informant ses réseaux. Ce livre est avant tout un outil d'influence pour changer les mentalités et modifier positivement la perception que peuvent avoir les responsables politiques et les donneurs d'ordres sur la sécurité privée et le\u00a0continuum. Nous allons faire vivre ce collectif par des rencontres régulières et des échanges de pratiques. Nous allons mieux nous connaître pour gagner en efficacité. L'objectif à terme c'est de nous tenir prêts à relever les défis de la sécurité en 2023 pour la\u00a0coupe du monde de Rugby et en 2024 pour les JO. D'ici là, adaptons la loi pour permettre une meilleure coopération entre les acteurs; allons convaincre les donneurs d'ordre, sensibilisons le grand public à la nécessité de mettre en œuvre une véritable culture commune de sécurité globale\u00a0».",
    ),
    p(
      "Engagée dans un partenariat avec la sécurité privée depuis près de dix ans, l’ENSP poursuit donc son action en ce sens. Un évènement qui permet une véritable analyse du besoin auprès des professionnels sur le terrain, en les rencontrant lors d'actions comme celle d’hier et en proposant par la suite d’éventuelles formations. Ainsi, ce colloque est une pierre de plus à la construction d'une relation durable et de confiance par essence.\u00a0 De plus la coproduction de sécurité doit s'étendre aux futurs cadres de la police nationale, que l'ENSP, sur ses 2 sites, a pour mission de former dans le cadre du cursus initial et continu. Ce genre d'évènement doit se poursuivre pour alimenter les débats, confronter les points de vue et mener à de nouvelles perspectives afin de contribuer à la sécurité de tous.",
    ),
  ),
});
