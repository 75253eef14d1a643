import { Fragment, type ReactNode } from "react";

/**
 * The DSFR brand block's text: the ministry the site belongs to, one line per line break typed in
 * the settings, or "République française" when none is set.
 */
export function brandTop(ministry: string): ReactNode {
  const lines = ministry.trim() ? ministry.trim().split(/\s*\n\s*/) : ["République", "Française"];
  return lines.map((line, index) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {line}
    </Fragment>
  ));
}
