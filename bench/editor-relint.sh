#!/usr/bin/env bash
# Re-lint after a keystroke in the Dockerfile editor: FX-thread cost of the keystroke and the time
# until its findings are shown, 1,000 and 2,000 lines, ShellCheck off and on (JavaFX headless, Monocle).
# Usage: bench/editor-relint.sh [--keystrokes 200] [--warmup 100] [--shellcheck-keystrokes 60]
#                               [--lines 1000,2000] [--shellcheck auto|off|only]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -pl app -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -Dtestfx.robot=glass -Dtestfx.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless \
    -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
    -cp "app/target/test-classes:app/target/classes:$(cat app/target/test-classpath.txt)" \
    dev.drydock.app.gui.dockerfiles.RelintLatencyBenchmark "$@"
