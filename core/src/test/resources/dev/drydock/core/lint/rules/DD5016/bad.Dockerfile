# syntax=docker/dockerfile:1-labs
FROM debian:12
RUN --security=insecure ./build.sh
RUN --mount=type=cache,target=/root/.cache --network=host make
