FROM debian:12
LABEL org.opencontainers.image.revision="main"
