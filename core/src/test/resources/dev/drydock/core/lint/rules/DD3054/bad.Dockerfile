FROM debian:12
LABEL org.opencontainers.image.licenses="Apache 2"
