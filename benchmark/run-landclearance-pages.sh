#!/usr/bin/env bash
# The land-clearance pages with a key project of 20,000 households and 100,000 visits (see benchmark/README.md,
# "Land-clearance pages"): build → start the app on its own data dir and ports (demo mode: Hưng Yên) → load
# benchmark/landclearance-pages-dataset.sql → time the pages one request at a time for the provincial specialist and
# for the ward officer of Phố Hiến (PageTimer) → EXPLAIN ANALYZE of nothing: the timings are end to end →
# benchmark/results/<date>-landclearance-pages-<cores>cores.md → stop the app. About 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=benchmark/target/landclearance
PORT=${PORT:-18091}
DB_PORT=${DANVAN_DB_EMBEDDED_PORT:-54351}
DATA=${DANVAN_DATA_DIR:-target/bench-landclearance-data}
HOUSEHOLDS=${BENCH_HOUSEHOLDS:-20000}
VISITS=${BENCH_VISITS:-100000}
REPETITIONS=${BENCH_REPETITIONS:-30}
APP_HEAP=${BENCH_APP_HEAP:-1g}
PASSWORD=danvan-demo-2026
PROJECT=6b000000-0000-4000-8000-0000000000be
RESULTS=${BENCH_RESULTS:-benchmark/results/$(date +%F)-landclearance-pages-$(nproc)cores.md}
export PGPASSWORD=postgres

log() { printf '\n== %s  %s\n' "$(date +%T)" "$*"; }
mkdir -p "$OUT" benchmark/results

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "build"
  ./mvnw -q -B -o compile -Dspotless.check.skip=true
fi
if [[ ! -s $OUT/classpath.txt || pom.xml -nt $OUT/classpath.txt ]]; then
  ./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
fi
CP=$(cat "$OUT/classpath.txt")
rm -rf "$OUT/app-classes" "$OUT/classes"
cp -r target/classes "$OUT/app-classes"
javac --release 17 -proc:none -encoding UTF-8 -cp "$OUT/app-classes:$CP" -d "$OUT/classes" \
  $(find benchmark/src -name '*.java')
BENCH_CP="$OUT/classes:$OUT/app-classes:$CP"

if curl -fs -o /dev/null "http://127.0.0.1:${PORT}/actuator/health" 2>/dev/null; then
  echo "Something already answers on port ${PORT}; stop it or set PORT." >&2
  exit 1
fi
rm -rf "$DATA"
APP_LOG=$OUT/app.log
: >"$APP_LOG"
log "start the app (port ${PORT}, database port ${DB_PORT}, data in ${DATA})"
PORT=$PORT DANVAN_DATA_DIR=$DATA DANVAN_DB_EMBEDDED_PORT=$DB_PORT \
  java -Xms256m -Xmx"$APP_HEAP" -cp "$OUT/app-classes:$CP" vn.danvan.DanVanApplication \
  --danvan.security.sign-in-attempts-per-minute=100000 >>"$APP_LOG" 2>&1 &
APP_PID=$!
stop_app() {
  if kill -0 "$APP_PID" 2>/dev/null; then
    log "stop the app (pid ${APP_PID})"
    kill "$APP_PID"
    for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$APP_PID" 2>/dev/null; then
      kill -9 "$APP_PID"
      if [[ -f $DATA/pg/postmaster.pid ]]; then kill -INT "$(head -1 "$DATA/pg/postmaster.pid")" 2>/dev/null || true; fi
    fi
  fi
}
trap stop_app EXIT
for i in $(seq 600); do
  if curl -fs "http://127.0.0.1:${PORT}/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The app stopped while starting; see $APP_LOG" >&2; exit 1; fi
  if (( i == 600 )); then echo "The app was not UP after 300 s" >&2; exit 1; fi
  sleep 0.5
done

log "dataset: ${HOUSEHOLDS} households, ${VISITS} visits"
GEN_STARTED=$(date +%s%N)
psql -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v households="$HOUSEHOLDS" -v visits="$VISITS" \
  -f benchmark/landclearance-pages-dataset.sql | tee "$OUT/dataset.txt"
GEN_MS=$(( ($(date +%s%N) - GEN_STARTED) / 1000000 ))

log "pages"
P=/landclearance/projects/$PROJECT
ROWS_BOARD=$(java -cp "$BENCH_CP" vn.danvan.benchmark.PageTimer "http://127.0.0.1:${PORT}" chuyenvien.tinh "$PASSWORD" \
  "$REPETITIONS" "province=/landclearance" "project=$P" "map=$P/map.geojson" "households=$P/households" \
  "households, stage filter=$P/households?stage=AGREED" "households, deep page=$P/households?page=400" \
  "visits=$P/visits" "escalations=/landclearance/escalations")
ROWS_WARD=$(java -cp "$BENCH_CP" vn.danvan.benchmark.PageTimer "http://127.0.0.1:${PORT}" canbo.phohien "$PASSWORD" \
  "$REPETITIONS" "province=/landclearance" "project=$P" "map=$P/map.geojson" "households=$P/households" \
  "visits=$P/visits")
echo "$ROWS_BOARD"
echo "$ROWS_WARD"

cat >"$RESULTS" <<MD
# Land-clearance pages with a 20,000-household project — $(date +%F)

Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB memory, $(java -version 2>&1 | head -1).
App heap ${APP_HEAP}; embedded PostgreSQL. Generated with \`benchmark/run-landclearance-pages.sh\`.

Dataset (\`benchmark/landclearance-pages-dataset.sql\`, loaded in ${GEN_MS} ms):

\`\`\`
$(cat "$OUT/dataset.txt")
\`\`\`

One user, one request at a time (no concurrency), ${REPETITIONS} requests per page after 2 warm-up requests; times
are end to end over loopback (server time + transfer of the whole body). The provincial specialist sees the whole
project; the ward officer of Phố Hiến only the quarter of the households in that ward.

| page | user | path | requests | median ms | p95 ms | max ms | KB |
|---|---|---|---:|---:|---:|---:|---:|
${ROWS_BOARD}
${ROWS_WARD}
MD
log "results in $RESULTS"
