#!/usr/bin/env bash
# The image scanner's "done when", by hand: a Debian 12 rootfs made with debootstrap and imported,
# plus jars, node_modules, a planted AWS key (deleted again in a later layer) and a miner; then
# `drydock scan` and `drydock sbom`, and the SBOM's Debian packages compared with dpkg inside the
# rootfs. Needs root, debootstrap, a Debian mirror and a running daemon; not part of `mvn verify`.
# Usage: bench/realistic-image.sh MIRROR      (a Debian mirror URL; default: the first deb line of
#        /etc/apt/sources.list(.d); KEEP=1 keeps the images)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mirror=${1:-$(grep -hsoE '^(deb|URIs:) +[^ ]*https?://[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/* \
    | grep -oE 'https?://[^ ]+' | head -n 1)}
[ -n "$mirror" ] || { echo "usage: $0 MIRROR (a Debian mirror URL)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"; [ "${KEEP:-0}" = 1 ] || docker image rm -f drydock-demo/realistic:1 drydock-demo/debootstrap:12 >/dev/null 2>&1 || true' EXIT

echo "== debootstrap bookworm (minbase)"
debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" > "$work/debootstrap.log"
tar -C "$work/rootfs" -c . | docker import - drydock-demo/debootstrap:12 > /dev/null

echo "== the image's own layers: jars, node_modules, a secret deleted later, a miner"
ctx=$work/context
mkdir -p "$ctx/app/lib" "$ctx/app/node_modules/left-pad" "$ctx/app/node_modules/@babel/core" "$ctx/opt"
find ~/.m2/repository/org/apache/commons/commons-compress -name 'commons-compress-*.jar' | head -1 | xargs -I{} cp {} "$ctx/app/lib/"
echo '{"name":"left-pad","version":"1.3.0","license":"WTFPL"}' > "$ctx/app/node_modules/left-pad/package.json"
echo '{"name":"@babel/core","version":"7.24.0","license":"MIT"}' > "$ctx/app/node_modules/@babel/core/package.json"
# AWS's documented example key, not a real one
printf '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' > "$ctx/app/credentials"
printf '#!/bin/sh\n# pool: stratum+tcp://pool.minexmr.com:4444\n' > "$ctx/opt/xmrig"
chmod +x "$ctx/opt/xmrig"
cat > "$ctx/Dockerfile" <<'DOCKERFILE'
FROM drydock-demo/debootstrap:12
COPY app /app
COPY opt/xmrig /usr/local/bin/xmrig
RUN rm /app/credentials
CMD ["/bin/sh"]
DOCKERFILE
docker build -q -t drydock-demo/realistic:1 "$ctx" > /dev/null

echo "== drydock scan"
./drydock scan --no-cache drydock-demo/realistic:1 | sed -n '1,6p' || true
./drydock scan --no-cache --format json drydock-demo/realistic:1 > "$work/scan.json" || true
python3 - "$work/scan.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
findings = [finding for file in report["files"] for finding in file["findings"]]
text = json.dumps(findings)
print(f"  {len(findings)} findings")
for wanted in ("DI1017", "DI1018", "AKIA****"):
    print(f"  {wanted}: {'found' if wanted in text else 'MISSING'}")
assert "AKIAIOSFODNN7EXAMPLE" not in text, "a clear secret in the output"
PY

echo "== drydock sbom, compared with dpkg in the rootfs"
./drydock sbom --no-cache drydock-demo/realistic:1 --format cyclonedx -o "$work/sbom.json"
# shellcheck disable=SC2016 # the ${...} are dpkg-query's own format fields
chroot "$work/rootfs" dpkg-query -W -f '${db:Status-Abbrev}|${Package}|${Version}\n' | grep '^ii' | cut -d'|' -f2,3 | sort > "$work/dpkg.txt"
python3 - "$work/sbom.json" > "$work/sbom-deb.txt" <<'PY'
import json, sys
sbom = json.load(open(sys.argv[1]))
for c in sorted(sbom["components"], key=lambda c: c["name"]):
    if c.get("purl", "").startswith("pkg:deb/"):
        print(f'{c["name"]}|{c["version"]}')
    elif c.get("purl"):
        print(c["purl"], file=sys.stderr)
PY
if diff -u "$work/dpkg.txt" <(sort "$work/sbom-deb.txt"); then
  echo "  all $(wc -l < "$work/dpkg.txt") Debian packages, same names and versions as dpkg"
else
  echo "  the SBOM's Debian packages differ from dpkg's (diff above)"; exit 1
fi
