FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get install -y --no-install-recommends git=1:2.39.2-1.1
FROM alpine:3.20
RUN apk add --no-cache /tmp/tool.apk
FROM fedora:40
RUN rpm -i /tmp/tool.rpm && dnf install -y make-4.4.1 && dnf clean all
