FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends --only-upgrade openssl=3.0.14-1~deb12u2 \
    && rm -rf /var/lib/apt/lists/*
FROM alpine:3.20
RUN apk upgrade --no-cache openssl
FROM rockylinux:9
RUN dnf -y update openssl && dnf clean all
