#!/usr/bin/env bash
# Benchmark: listing containers through the drydock CLI must not be slower than `docker ps -a` on
# the same daemon with 1,000 containers. Measures both in one run, prints medians, and removes
# everything it created (also when interrupted).
#
#   bench/containers-vs-docker-ps.sh            # 1,000 containers, 15 runs each
#   COUNT=200 RUNS=5 bench/containers-vs-docker-ps.sh
#   REUSE=1 bench/containers-vs-docker-ps.sh    # time the containers there are; create and remove nothing
#
# Uses hyperfine when installed (apt-get install -y hyperfine), else a loop timed with date.
# Talks to the daemon the docker CLI uses (DOCKER_HOST / context); drydock resolves it the same way.
set -euo pipefail

count="${COUNT:-1000}"
runs="${RUNS:-15}"
parallel="${PARALLEL:-8}"
label="dev.drydock.bench=1"
image="drydock-bench-busybox:latest"
prefix="drydock-bench-"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"

log() { printf '[bench] %s\n' "$*" >&2; }

reuse="${REUSE:-}"

cleanup() {
    local status=$?
    if [[ "$reuse" == 1 ]]; then
        rm -rf "$work"
        exit "$status"
    fi
    log "cleaning up"
    docker ps -aq --filter "label=$label" | xargs -r -n 200 docker rm -f >/dev/null 2>&1 || true
    docker image rm -f "$image" >/dev/null 2>&1 || true
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

docker version --format 'daemon {{.Server.Version}}, API {{.Server.APIVersion}}' >&2

log "building the drydock CLI (if needed) and its class-data-sharing archive"
"$root/drydock" --version >/dev/null
"$root/drydock" containers --format json >/dev/null

if [[ "$reuse" == 1 ]]; then
    log "REUSE=1: timing the $(docker ps -aq | wc -l) containers there are"
else
    log "importing a busybox image as $image"
    busybox="$(command -v busybox || echo /bin/busybox)"
    mkdir -p "$work/rootfs/bin"
    cp "$busybox" "$work/rootfs/bin/busybox"
    ln -s busybox "$work/rootfs/bin/sh"
    ln -s busybox "$work/rootfs/bin/sleep"
    tar -C "$work/rootfs" -c . | docker import --change 'CMD ["/bin/sh"]' --change "LABEL $label" - "$image" >/dev/null

    existing="$(docker ps -aq | wc -l)"
    log "creating $count containers labelled $label ($existing exist already)"
    seq 1 "$count" | xargs -P "$parallel" -I{} \
        docker create --label "$label" --name "$prefix{}" "$image" /bin/sleep 3600 >/dev/null
fi
total="$(docker ps -aq | wc -l)"
log "the daemon now holds $total containers"

listed="$("$root/drydock" containers --format json | grep -c '"imageId"')"
if [[ "$listed" -ne "$total" ]]; then
    log "drydock listed $listed containers but docker ps -a lists $total"
    exit 1
fi

commands=(
    "$root/drydock containers --format json"
    "$root/drydock containers"
    "DRYDOCK_NO_CDS=1 $root/drydock containers --format json"
    "docker ps -a"
    "docker ps -a --no-trunc"
    "docker ps -a --format json"
)

median_ms() { # runs a command $runs times, prints the median wall time in milliseconds
    local times=() start end
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        bash -c "$1" >/dev/null
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

declare -A median
if command -v hyperfine >/dev/null; then
    hyperfine --style basic --warmup 2 --runs "$runs" --export-csv "$work/results.csv" \
        --output=null "${commands[@]}" >&2
    while IFS=, read -r command _mean _stddev med _rest; do
        [[ "$command" == command ]] && continue
        median["$command"]="$(awk -v s="$med" 'BEGIN { printf "%d", s * 1000 }')"
    done <"$work/results.csv"
else
    log "hyperfine not installed: timing with a shell loop"
    for command in "${commands[@]}"; do
        bash -c "$command" >/dev/null # warm-up
        median["$command"]="$(median_ms "$command")"
    done
fi

echo
echo "Medians of $runs runs, $total containers:"
for command in "${commands[@]}"; do
    shown="${command//"$root/"/}"
    printf '  %6s ms  %s\n' "${median[$command]}" "$shown"
done

drydock_ms="${median["$root/drydock containers --format json"]}"
docker_ms="${median["docker ps -a"]}"
if ((drydock_ms <= docker_ms)); then
    echo "PASS: drydock containers --format json (${drydock_ms} ms) is not slower than docker ps -a (${docker_ms} ms)"
else
    echo "FAIL: drydock containers --format json (${drydock_ms} ms) is slower than docker ps -a (${docker_ms} ms)"
    exit 1
fi
