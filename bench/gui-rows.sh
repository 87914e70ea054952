#!/usr/bin/env bash
# What the FX thread pays per update of a 10,000-row Containers table (JMH, no display needed).
# Usage: bench/gui-rows.sh [JMH options, e.g. -f 1 -wi 3 -i 5]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -pl app -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "app/target/test-classes:app/target/classes:$(cat app/target/test-classpath.txt)" \
    org.openjdk.jmh.Main TenThousandRowsBenchmark "$@"
