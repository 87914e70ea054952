#!/usr/bin/env bash
# Benchmark of the image scanner (issue 5): scans a >= 1 GB daemon image and compares the wall time
# with `docker save IMG > /dev/null` on the same daemon in the same run. Goal: a cold scan within
# 1.5x the export time, a cached re-scan within 0.2x. See bench/README.md for the figures.
#
#   bench/image-scan.sh                 # build the image, time everything (RUNS=5 each), remove the image
#   REUSE=1 bench/image-scan.sh         # build the image once and keep it as drydock-bench/scan:1g; reuse it later
#   RUNS=3 REUSE=1 bench/image-scan.sh
#   TARBALL=1 REUSE=1 bench/image-scan.sh   # also time a cold scan of the image's gzip tarball on disk
#   SCAN_JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/scan.jfr' ...   # extra JVM options for the scans
#
# The image is made without a registry from this machine's own files (a Debian host): four layers,
# two of them gzip-compressed in the loaded archive (the daemon stores and exports them plain):
#   1. OS: /etc, /var/lib/dpkg (a real dpkg status), /usr/bin, /usr/sbin, Python's standard library
#   2. docs: /usr/share/{doc,man,locale,zoneinfo}
#   3. application: jars from the local Maven repository (up to JARS_MB, default 300) and npm's node_modules
#   4. a small change: a planted fake AWS key and PEM key, a miner-named file, /etc/motd deleted (whiteout)
# Uses hyperfine (apt-get install -y hyperfine). Prints medians and the ratios; exit 0 either way.
set -euo pipefail

image="${IMAGE:-drydock-bench/scan:1g}"
runs="${RUNS:-5}"
jars_mb="${JARS_MB:-300}"
reuse="${REUSE:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d /var/tmp/drydock-scan-bench.XXXXXX)"
cache="$work/cache"

log() { printf '[bench] %s\n' "$*" >&2; }

cleanup() {
    local status=$?
    rm -rf "$work"
    if [[ "$reuse" != 1 ]]; then
        log "removing $image (REUSE=1 keeps it)"
        docker image rm -f "$image" >/dev/null 2>&1 || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v hyperfine >/dev/null || { log "hyperfine is needed: apt-get install -y hyperfine"; exit 2; }
docker version --format 'daemon {{.Server.Version}}, API {{.Server.APIVersion}}' >&2

# --- the image ----------------------------------------------------------------------------------
layer_tar() { # name, then paths relative to /; writes $work/image/<name>.tar and prints its diff id
    local name="$1"; shift
    tar -C / --numeric-owner -cf "$work/image/$name.tar" "$@" 2>/dev/null || true
    sha256sum "$work/image/$name.tar" | cut -d' ' -f1
}

build_image() {
    log "building $image from this machine's files (takes a minute or two)"
    mkdir -p "$work/image" "$work/planted/root/.aws" "$work/planted/opt/tools" "$work/planted/etc"
    local d1 d2 d3 d4
    d1="$(layer_tar os etc var/lib/dpkg usr/bin usr/sbin usr/lib/python3 usr/lib/python3.11)"
    d2="$(layer_tar docs usr/share/doc usr/share/man usr/share/locale usr/share/zoneinfo)"
    # jars up to JARS_MB, in a stable order, plus npm's own node_modules
    (cd / && find root/.m2/repository -name '*.jar' -printf '%s %p\n' | sort -k2 \
        | awk -v max=$((jars_mb << 20)) '{ total += $1; if (total > max) exit; print $2 }') > "$work/jars.txt"
    tar -C / --numeric-owner -cf "$work/image/app.tar" -T "$work/jars.txt" usr/lib/node_modules 2>/dev/null || true
    d3="$(sha256sum "$work/image/app.tar" | cut -d' ' -f1)"
    # planted findings, shaped like real ones but fake
    printf '[default]\naws_access_key_id = AKIA%s\naws_secret_access_key = %s\n' "Q3EXAMPLEBENCH7Z" \
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYBENCHKEY9z" > "$work/planted/root/.aws/credentials"
    printf -- '-----BEGIN RSA PRIVATE KEY-----\n%s\n-----END RSA PRIVATE KEY-----\n' \
        "MIIEowIBAAKCAQEA0benchmarkfakekeymaterialnotarealkeyatall0123456789abcdefghijk" > "$work/planted/root/id_rsa"
    printf '#!/bin/sh\nexec ./xmrig -o stratum+tcp://pool.example.invalid:3333\n' > "$work/planted/opt/tools/xmrig"
    chmod 755 "$work/planted/opt/tools/xmrig"
    touch "$work/planted/etc/.wh.motd"
    tar -C "$work/planted" --numeric-owner -cf "$work/image/change.tar" root opt etc
    d4="$(sha256sum "$work/image/change.tar" | cut -d' ' -f1)"
    log "compressing the OS and application layers (gzip -1)"
    gzip -1 "$work/image/os.tar" & gzip -1 "$work/image/app.tar" & wait
    cat > "$work/image/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"2026-01-01T00:00:00Z",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["/bin/sh"],
   "Labels":{"dev.drydock.bench":"1"}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$d1","sha256:$d2","sha256:$d3","sha256:$d4"]},
 "history":[{"created":"2026-01-01T00:00:00Z","created_by":"/bin/sh -c #(nop) ADD file:os in / "},
   {"created":"2026-01-01T00:00:00Z","created_by":"/bin/sh -c #(nop) COPY dir:docs in /usr/share "},
   {"created":"2026-01-01T00:00:00Z","created_by":"/bin/sh -c #(nop) COPY dir:app in / "},
   {"created":"2026-01-01T00:00:00Z","created_by":"/bin/sh -c rm /etc/motd && cp -r /planted/* / "}]}
EOF
    printf '[{"Config":"config.json","RepoTags":["%s"],"Layers":["os.tar.gz","docs.tar","app.tar.gz","change.tar"]}]\n' \
        "$image" > "$work/image/manifest.json"
    tar -C "$work/image" -cf - manifest.json config.json os.tar.gz docs.tar app.tar.gz change.tar | docker load >&2
    rm -rf "$work/image" "$work/planted"
}

if [[ "$reuse" == 1 ]] && docker image inspect "$image" >/dev/null 2>&1; then
    log "REUSE=1: using the existing $image"
else
    build_image
fi
size_bytes="$(docker image inspect --format '{{.Size}}' "$image")"
layers="$(docker image inspect --format '{{len .RootFS.Layers}}' "$image")"
log "$image: $((size_bytes / 1000000)) MB in $layers layers"

# --- the scanner's headless entry point ----------------------------------------------------------
log "compiling the scan entry point (core test sources)"
(cd "$root" && mvn -q -B -pl core -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt) >&2
cp_core="$root/core/target/test-classes:$root/core/target/classes:$(cat "$root/core/target/test-classpath.txt")"
scan="java ${SCAN_JAVA_OPTS:-} -cp $cp_core dev.drydock.core.image.inspect.ImageScanBenchmark"

log "one scan for its summary (and to check the planted findings are found)"
$scan "$image" --cache "$work/check-cache" >&2
rm -rf "$work/check-cache"

# --- timing ---------------------------------------------------------------------------------------
hf=(hyperfine --style basic --runs "$runs")
"${hf[@]}" --warmup 1 --export-json "$work/save.json" -n "docker save" "docker save $image > /dev/null" >&2
"${hf[@]}" --prepare "rm -rf $cache" --export-json "$work/cold.json" -n "cold scan" "$scan $image --cache $cache" >&2
"${hf[@]}" --warmup 1 --export-json "$work/cached.json" -n "cached re-scan" "$scan $image --cache $cache" >&2
# The GUI is a long-running JVM: from its second scan on, the analyzers are compiled. One JVM scans the
# image runs+1 times, each with an empty cache; the first scan warms it and is left out.
rm -rf "$cache"
$scan "$image" --cache "$cache" --repeat $((runs + 1)) 2> "$work/warm.log" >&2
grep -o 'in [0-9]* ms' "$work/warm.log" | tail -n +2 | awk '{print $2 / 1000}' | sort -n > "$work/warm.txt"
rm -rf "$cache"
if [[ "${TARBALL:-}" == 1 ]]; then
    docker save "$image" | gzip -1 > "$work/image.tar.gz"
    "${hf[@]}" --prepare "rm -rf $cache" --export-json "$work/tarball.json" -n "cold scan of the gzip tarball" \
        "$scan --file $work/image.tar.gz --cache $cache" >&2
    rm -f "$work/image.tar.gz"
fi

median() { jq -r '.results[0].median' "$1"; }
save="$(median "$work/save.json")"
cold="$(median "$work/cold.json")"
cached="$(median "$work/cached.json")"
warm="$(awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }' "$work/warm.txt")"
awk -v s="$save" -v c="$cold" -v r="$cached" -v w="$warm" -v mb="$((size_bytes / 1000000))" -v n="$runs" 'BEGIN {
    printf "\nimage %d MB, medians of %d runs each\n", mb, n
    printf "  docker save > /dev/null  %7.2f s\n", s
    printf "  cold scan                %7.2f s   %.2fx export (goal <= 1.5x)\n", c, c / s
    printf "  cached re-scan           %7.2f s   %.2fx export (goal <= 0.2x)\n", r, r / s
    printf "  cold scan, warm JVM      %7.2f s   %.2fx export (the GUI from its second scan on)\n", w, w / s
}'
if [[ -f "$work/tarball.json" ]]; then
    printf '  cold scan, gzip tarball  %7.2f s\n' "$(median "$work/tarball.json")"
fi
