FROM debian:12
LABEL org.opencontainers.image.version="1.4.2-rc.1+build.7"
