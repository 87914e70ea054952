#!/usr/bin/env bash
# Import speed of the vulnerability database (issue 6): imports SYNTHETIC OSV exports (100,000 made-up
# advisories shaped like real ones, every id SYNTHETIC-*) into a fresh database, RUNS times, and prints
# records per second. Goal: >= 5,000 advisories/s. See bench/README.md for the figures.
#
#   bench/vuln-db.sh                     # 100,000 records, 5 runs
#   RECORDS=200000 RUNS=3 bench/vuln-db.sh
#   KEEP=/var/tmp/osv-bench bench/vuln-db.sh   # keep the generated exports there and reuse them next time
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
records="${RECORDS:-100000}"
runs="${RUNS:-5}"
work="${KEEP:-$(mktemp -d /var/tmp/drydock-vuln-bench.XXXXXX)}"
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mvn -q -B -pl core -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java ${BENCH_JAVA_OPTS:-} -cp "core/target/test-classes:core/target/classes:$(cat core/target/test-classpath.txt)" \
    dev.drydock.core.vuln.db.VulnerabilityImportBenchmark "$work" --records "$records" --runs "$runs"
