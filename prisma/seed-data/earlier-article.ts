import { b, doc, h2, i, p, ul } from "./builders";
import { defineArticle } from "./define";

export const EARLIER_ARTICLE_SLUG = "un-ouvrage-collectif-sur-le-continuum-de-securite";

/**
 * The article the reference page links to ("voir notre article précédent"): the announcement of the
 * book, a few weeks before its presentation at the school. Written for the demo; it quotes nobody.
 */
export const earlierArticle = defineArticle({
  slug: EARLIER_ARTICLE_SLUG,
  title: "« Contribution territoriale au continuum de sécurité » : parution d’un ouvrage collectif",
  excerpt:
    "Vingt-trois acteurs de la sécurité de la région Auvergne-Rhône-Alpes signent un ouvrage commun sur la coopération entre forces publiques et sécurité privée. L’ENSP, partenaire de la démarche, accueillera sa présentation officielle.",
  status: "PUBLISHED",
  publishedAt: "2021-09-21T10:00:00+02:00",
  category: "partenariats",
  tags: ["securite-privee", "continuum-de-securite", "publication"],
  author: "editor",
  heroImage: "continuum",
  body: doc(
    p(
      "Élus locaux, représentants d’institutions régionales, dirigeants d’entreprises de sécurité privée, réseaux professionnels, étudiants : ils sont ",
      b("23 contributeurs"),
      " à avoir pris la plume pour rédiger la ",
      i("Contribution territoriale au continuum de sécurité"),
      ". Coordonné par le cabinet de conseil CONVICTIO, l’ouvrage rassemble leurs analyses et leurs propositions pour que les acteurs publics et privés de la sécurité travaillent mieux ensemble.",
    ),
    h2("Un regard de terrain sur le continuum de sécurité"),
    p(
      "La notion de continuum de sécurité désigne la complémentarité entre les forces de sécurité de l’État, les polices municipales et les acteurs de la sécurité privée. Plutôt qu’un texte théorique, les auteurs ont voulu partir de leur expérience dans la région Auvergne-Rhône-Alpes : ce qui fonctionne déjà, ce qui freine la coopération et ce qui pourrait changer.",
    ),
    p("Les contributions s’articulent autour de plusieurs thèmes :"),
    ul(
      "la connaissance mutuelle des métiers et des cadres juridiques de chacun ;",
      "le partage d’information entre acteurs publics et privés ;",
      "la formation des agents et de leurs encadrants ;",
      "la préparation des grands événements sportifs accueillis par la France dans les prochaines années.",
    ),
    h2("L’ENSP, partenaire de la démarche"),
    p(
      "Engagée depuis de nombreuses années dans un partenariat avec la sécurité privée, l’école accompagne cette initiative. Elle accueillera sur son site de Saint-Cyr-au-Mont-d’Or la présentation officielle de l’ouvrage, en présence de ses contributeurs, dans le respect des règles sanitaires en vigueur.",
    ),
    p("Un compte rendu de cette rencontre sera publié sur ce site."),
  ),
});
