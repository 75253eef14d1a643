import { splitHighlights } from "@/lib/search/highlight";
import styles from "./Highlighted.module.css";

/**
 * A ts_headline result: matched words in <mark>, the rest as text. Every part is a React text
 * child, so React escapes it: the headline can hold any character the article holds.
 */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, index) =>
        part.highlighted ? (
          <mark key={index} className={styles.mark}>
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
