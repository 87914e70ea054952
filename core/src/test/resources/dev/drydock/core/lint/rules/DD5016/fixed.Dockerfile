# syntax=docker/dockerfile:1-labs
FROM debian:12
RUN ./build.sh
RUN --mount=type=cache,target=/root/.cache make
