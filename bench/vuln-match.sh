#!/usr/bin/env bash
# Vulnerability matching speed (issue 6), JMH: a 2,000-package inventory (deb, Maven, npm, PyPI) matched
# against a database of 100,000 SYNTHETIC advisories plus the real fixture records. Goal: <= 200 ms per match
# of the whole inventory. The first run writes the exports and imports them (a minute or two); KEEP keeps them.
#
#   bench/vuln-match.sh                              # 100,000 advisories
#   KEEP=/var/tmp/vuln-match bench/vuln-match.sh     # keep the database there and reuse it next time
#   bench/vuln-match.sh -p advisories=200000 -wi 2 -i 3   # further JMH options
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="${KEEP:-$(mktemp -d /var/tmp/drydock-vuln-match.XXXXXX)}"
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mvn -q -B -pl core -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "core/target/test-classes:core/target/classes:$(cat core/target/test-classpath.txt)" \
    org.openjdk.jmh.Main VulnerabilityMatchBenchmark -jvmArgs "-Ddrydock.bench.folder=$work" "$@"
