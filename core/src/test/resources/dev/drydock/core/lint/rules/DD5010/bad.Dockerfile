FROM debian:12
RUN apt-get update && apt-get -y upgrade && rm -rf /var/lib/apt/lists/*
FROM alpine:3.20
RUN apk upgrade --no-cache
FROM rockylinux:9
RUN dnf -y update && dnf clean all
