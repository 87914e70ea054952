#!/usr/bin/env bash
# What a re-parse and re-lint of a 1,000-line Dockerfile costs (JMH): parse alone, parse + shell split
# + scopes, and parse + every lint rule.
# Usage: bench/dockerfile-parse.sh [JMH options, e.g. -f 1 -wi 3 -i 5]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -pl core -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "core/target/test-classes:core/target/classes:$(cat core/target/test-classpath.txt)" \
    org.openjdk.jmh.Main "ThousandLine(Dockerfile|Lint)Benchmark" "$@"
