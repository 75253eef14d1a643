import { serializeJsonLd } from "@/lib/seo/json-ld";

/** Structured data in the page; the serializer escapes anything that could end the script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
