#!/usr/bin/env bash
# The covenant ranking for 100 parties (see src/test/java/vn/danvan/benchmark/CovenantRankingBenchmark.java):
# a @SpringBootTest, skipped unless -Ddanvan.benchmark=true, that builds a 100 parties × 8 criteria covenant and
# times its ranking page and a party's page (median of 20 requests each, after a warm-up), next to a pgbench
# baseline when pgbench is installed. Results: benchmark/results/<date>-covenant-ranking.md. About 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=${BENCH_RESULTS:-benchmark/results/$(date +%F)-covenant-ranking.md}
OUT=target/covenant-ranking.md
mkdir -p benchmark/results target
rm -f "$OUT"

./mvnw -B -o -q test -Dspotless.check.skip=true -Dtest=CovenantRankingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddanvan.benchmark=true -Ddanvan.benchmark.out="$PWD/$OUT" >target/covenant-benchmark.log 2>&1 || {
  tail -40 target/covenant-benchmark.log >&2
  exit 1
}

{
  echo "# DanVan benchmark: covenant ranking for 100 parties — $(date '+%F %H:%M %Z'), $(nproc) cores"
  echo
  echo "Made by \`benchmark/run-covenant.sh\` on commit \`$(git rev-parse --short HEAD)\`: a \`@SpringBootTest\`"
  echo "(\`CovenantRankingBenchmark\`) with the embedded PostgreSQL and the demo province, requests through MockMvc in"
  echo "the same JVM (no network, no Tomcat), signed in as the provincial specialist (scope 33). The measured criteria"
  echo "use the tests' in-memory metric, so the times are the covenant module's own cost (its queries, scoring,"
  echo "ranking, rendering) without the land clearance module's SQL behind a real metric."
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| CPU | $(nproc) × $(lscpu 2>/dev/null | grep -oP 'Model name:\s+\K.*' | head -1) (shared) |"
  echo "| Java | $(java -version 2>&1 | head -1) |"
  echo "| load average before | $(cut -d' ' -f1-3 /proc/loadavg) |"
  echo
  cat "$OUT"
} >"$RESULTS"
echo "Results in $RESULTS"
