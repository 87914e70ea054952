ARG VERSION=3.20
FROM golang:1.22 AS build
FROM alpine:${VERSION}
