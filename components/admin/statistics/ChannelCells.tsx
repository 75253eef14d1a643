import { CHANNEL_LABELS, type ShareChannelName } from "@/lib/shares/channels";
import type { ChannelCounts } from "@/lib/shares/queries";

/** The column headers of the channels that have figures, then "Total". */
export function ChannelHeaders({ channels }: { channels: ShareChannelName[] }) {
  return (
    <>
      {channels.map((channel) => (
        <th key={channel} scope="col" className="fr-cell--right">
          {CHANNEL_LABELS[channel]}
        </th>
      ))}
      <th scope="col" className="fr-cell--right">
        Total
      </th>
    </>
  );
}

export function ChannelCells({ channels, counts, total }: { channels: ShareChannelName[]; counts: ChannelCounts; total: number }) {
  return (
    <>
      {channels.map((channel) => (
        <td key={channel} className="fr-cell--right">
          {(counts[channel] ?? 0).toLocaleString("fr-FR")}
        </td>
      ))}
      <td className="fr-cell--right">
        <strong>{total.toLocaleString("fr-FR")}</strong>
      </td>
    </>
  );
}
