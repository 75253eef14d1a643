import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type { Bucket } from "@/lib/shares/queries";

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 36, left: 40 };

/** "12 recommandations", "1 recommandation", "aucune recommandation". */
export function recommendationsText(count: number): string {
  if (count === 0) return "aucune recommandation";
  return `${count.toLocaleString("fr-FR")} recommandation${count > 1 ? "s" : ""}`;
}

/** What the chart shows, in one sentence: what a screen reader reads instead of the bars. */
export function chartSummary(buckets: Bucket[], unit: "day" | "month"): string {
  const total = buckets.reduce((sum, bucket) => sum + bucket.total, 0);
  const first = buckets[0];
  const last = buckets.at(-1);
  const span = first && last ? ` ${unit === "day" ? "par jour" : "par mois"}, de ${first.longLabel} à ${last.longLabel}` : "";
  if (total === 0) return `Histogramme des recommandations${span} : aucune recommandation sur la période.`;
  const peak = buckets.reduce((best, bucket) => (bucket.total > best.total ? bucket : best));
  return `Histogramme des recommandations${span} : ${recommendationsText(total)} au total, au plus ${peak.total} (${peak.longLabel}). Les chiffres sont détaillés dans le tableau qui suit.`;
}

/**
 * Recommendations over time as bars, drawn on the server with visx (scales and axes from d3):
 * plain SVG in the HTML, no JavaScript in the browser. The picture is one image for assistive
 * technologies, summed up in its title and description; the table beside it holds every figure.
 */
export function ShareChart({ buckets, unit, title }: { buckets: Bucket[]; unit: "day" | "month"; title: string }) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1, ...buckets.map((bucket) => bucket.total));
  const x = scaleBand<string>({ domain: buckets.map((bucket) => bucket.start), range: [0, innerWidth], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  const labels = new Map(buckets.map((bucket) => [bucket.start, bucket.label]));
  // A label every few bars when there are many, so that they never overlap.
  const every = Math.ceil(buckets.length / 12);
  const tickValues = buckets.filter((_, index) => index % every === 0).map((bucket) => bucket.start);
  const yTicks = y.ticks(Math.min(5, max)).filter((value) => Number.isInteger(value));

  return (
    <svg
      className="kiosque-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-labelledby="graphique-titre"
      aria-describedby="graphique-description"
    >
      <title id="graphique-titre">{title}</title>
      <desc id="graphique-description">{chartSummary(buckets, unit)}</desc>
      <Group left={MARGIN.left} top={MARGIN.top}>
        {buckets.map((bucket) => {
          const barHeight = innerHeight - (y(bucket.total) ?? innerHeight);
          return (
            <Bar
              key={bucket.start}
              className="kiosque-chart__bar"
              x={x(bucket.start)}
              y={innerHeight - barHeight}
              width={x.bandwidth()}
              height={barHeight}
            />
          );
        })}
        <AxisLeft
          scale={y}
          tickValues={yTicks}
          tickFormat={(value) => Number(value).toLocaleString("fr-FR")}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{ fill: "currentColor", fontSize: 12, textAnchor: "end", dx: "-0.25em", dy: "0.33em" }}
        />
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={tickValues}
          tickFormat={(value) => labels.get(value) ?? value}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{ fill: "currentColor", fontSize: 12, textAnchor: "middle" }}
        />
      </Group>
    </svg>
  );
}
