FROM debian:12
RUN apt-get update \
    && apt-get install -y curl=7.88.1-10+deb12u5 \
    && rm -rf /var/lib/apt/lists/*
RUN <<EOF
set -e
apt-get update
apt-get -o Dpkg::Use-Pty=0 install -y git=1:2.39.2-1.1
rm -rf /var/lib/apt/lists/*
EOF
