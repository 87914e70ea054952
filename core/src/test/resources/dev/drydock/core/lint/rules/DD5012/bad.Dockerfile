FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends --allow-unauthenticated curl=7.88.1-10+deb12u5 \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get -o APT::Get::AllowUnauthenticated=true install -y --no-install-recommends git=1:2.39.2-1.1
FROM alpine:3.20
RUN apk add --no-cache --allow-untrusted /tmp/tool.apk
FROM fedora:40
RUN rpm -i --nosignature /tmp/tool.rpm && dnf install -y --setopt=gpgcheck=0 make-4.4.1 && dnf clean all
