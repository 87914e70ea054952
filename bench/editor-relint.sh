#!/usr/bin/env bash
# Re-lint after a keystroke in the Dockerfile editor: FX-thread cost of the keystroke and the time
# until its findings are shown, 1,000 and 2,000 lines, ShellCheck off and on (JavaFX headless, Monocle).
# Usage: bench/editor-relint.sh [--keystrokes 200] [--warmup 100] [--shellcheck-keystrokes 60]
#                               [--lines 1000,2000] [--shellcheck auto|off|only]
# BENCH_JAVA_OPTS adds JVM options, e.g. a flight recording:
#   BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/relint.jfr,settings=profile bench/editor-relint.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -pl app -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
exec java ${BENCH_JAVA_OPTS:-} -Dtestfx.robot=glass -Dtestfx.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless \
    -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
    -cp "app/target/test-classes:app/target/classes:$(cat app/target/test-classpath.txt)" \
    dev.drydock.app.gui.dockerfiles.RelintLatencyBenchmark "$@"
