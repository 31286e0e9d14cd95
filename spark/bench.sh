#!/bin/sh
# The Spark job's benchmark (docs/spark.md, "Measured"): N generated packs read by `ingest --threads 2`
# and by the job in local[2], then 300 copies of a one-page PDF for the per-file overhead, then the
# job again over the unchanged packs. Not a test: prints the runs' summaries and wall times.
# Usage: spark/bench.sh [PACKS] [WORKDIR]   (default 500 packs in /tmp/spark-bench)
# Set BOARDPACK_MAVEN_ARGS as for ./boardpack-spark; build first (./mvnw -DskipTests install).
set -u
cd "$(dirname "$0")/.."
. ./.mvn/find-jdk.sh
N=${1:-500}
B=${2:-/tmp/spark-bench}
J="$JAVA_HOME/bin/java"
DEV="$J -Dboardpack.home=$PWD -cp devtools/target/boardpack-devtools-0.1.0-SNAPSHOT.jar:corpus/target/boardpack-corpus-0.1.0-SNAPSHOT.jar:cli/target/boardpack.jar org.boardpack.devtools.DevCommand"
mkdir -p "$B"
[ -d "$B/packs$N" ] || $DEV generate --packs "$N" --out "$B/packs$N"
run() { label=$1; shift; start=$(date +%s.%N); "$@"; echo "$label: $(echo "$(date +%s.%N) - $start" | bc) s wall"; }
rm -rf "$B/idx$N"; run "ingest $N" $J -Dboardpack.home="$PWD" -jar cli/target/boardpack.jar ingest "$B/packs$N" --index "$B/idx$N" --threads 2 --log-format plain 2>/dev/null
rm -rf "$B/out$N"; run "job $N" ./boardpack-spark --master "local[2]" "$B/packs$N" --out "$B/out$N" 2>/dev/null
mkdir -p "$B/tiny"; for i in $(seq 1 300); do cp testdata/tabula-samples/MultiColumn.pdf "$B/tiny/t$i.pdf"; done
rm -rf "$B/idxtiny"; run "ingest 300 one-page" $J -Dboardpack.home="$PWD" -jar cli/target/boardpack.jar ingest "$B/tiny" --index "$B/idxtiny" --threads 2 --log-format plain 2>/dev/null
rm -rf "$B/outtiny"; run "job 300 one-page" ./boardpack-spark --master "local[2]" "$B/tiny" --out "$B/outtiny" 2>/dev/null
run "job $N again" ./boardpack-spark --master "local[2]" "$B/packs$N" --out "$B/out$N" 2>/dev/null
