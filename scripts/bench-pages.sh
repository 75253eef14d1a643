#!/usr/bin/env bash
# Throughput of the public pages of a running Kiosque (npm start), with wrk from Debian
# (apt-get install -y wrk): one thread, 32 connections, 10 s a URL, after one warm-up request.
# Usage: scripts/bench-pages.sh [base URL]   (default http://localhost:3000)
set -euo pipefail
base=${1:-http://localhost:3000}
urls=(
  "/actualites/continuum-de-securite-il-ne-s-agit-pas-d-un-coup-de-communication"
  "/"
  "/actualites"
  "/rubriques/partenariats"
  "/recherche?q=securite"
  "/flux/rss.xml"
  "/sitemap.xml"
)
printf '| page | req/s | p50 | p99 |\n|---|---:|---:|---:|\n'
for url in "${urls[@]}"; do
  curl -s -o /dev/null "$base$url"
  out=$(wrk -t1 -c32 -d10s --latency -H "Accept-Encoding: gzip" "$base$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  printf '| `%s` | %s | %s | %s |\n' "$url" "$rps" "$p50" "$p99"
done
