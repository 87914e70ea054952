FROM debian:12
LABEL org.opencontainers.image.source="example.com/app"
