FROM debian:12
COPY vendor.gpg /etc/apt/keyrings/vendor.gpg
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \
    && rm -rf /var/lib/apt/lists/*
FROM alpine:3.20
COPY vendor.rsa.pub /etc/apk/keys/
RUN apk add --no-cache /tmp/tool.apk
FROM fedora:40
RUN rpm --import /tmp/vendor.asc && rpm -i /tmp/tool.rpm && dnf install -y make-4.4.1 && dnf clean all
