/**
 * A medium as the editor uses it: the hero image field and the images inserted in a body. Shared
 * by the media library (which offers the choice) and the article editor (which keeps it).
 */
export type MediaChoice = {
  id: string;
  /** the public path the body's image node carries: /medias/<storage key> */
  src: string;
  alt: string;
  /** an image that only decorates: its alternative text is empty on purpose */
  decorative: boolean;
  caption: string;
  credit: string;
  width: number;
  height: number;
};
