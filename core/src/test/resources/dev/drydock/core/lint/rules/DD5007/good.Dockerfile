ARG BASE
FROM golang:1.22@sha256:2b2b43a3a7e8b6e4b1d3bd3d6d7a1c4c3b3f0b2e2b1c0a9f8e7d6c5b4a3f2e1d AS build
FROM build AS test
FROM scratch
FROM ${BASE}
