import type { MediaChoice } from "./types";

/**
 * A medium as the library and the image chooser list it: what the editor keeps (MediaChoice) and
 * what helps recognise it. Plain data for client components.
 */
export type LibraryItem = MediaChoice & {
  originalName: string;
  /** a small crop around the focal point, versioned so that a new focal point shows at once */
  thumbnailUrl: string;
  /** the medium's page in the back office */
  editUrl: string;
};

/** One page of the image chooser. */
export type PickerPage = {
  items: LibraryItem[];
  page: number;
  pageCount: number;
  total: number;
  /** the credit a new upload starts with ("© ENSP", from the settings) */
  defaultCredit: string;
};

/** What the upload endpoint answers, as JSON. */
export type UploadResponse =
  | { status: "created" | "duplicate"; message: string; media: LibraryItem }
  | { status: "error"; message: string; fieldErrors?: Record<string, string> };
