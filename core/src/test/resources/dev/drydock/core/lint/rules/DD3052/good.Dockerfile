FROM debian:12
LABEL org.opencontainers.image.source="https://example.com/app"
ARG SOURCE
LABEL org.opencontainers.image.source=$SOURCE
