# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends curl
rm -rf /var/lib/apt/lists/*
EOF
RUN <<-"SCRIPT" bash
	echo "no $EXPANSION here"
	SCRIPT
COPY <<EOF1 /etc/app/one.conf <<'EOF2' /etc/app/two.conf
key=$VALUE
EOF1
literal=$VALUE
EOF2
RUN python3 <<PY
print("hello")
PY
