FROM debian:12
LABEL org.opencontainers.image.version="v1.4"
