FROM debian:12
LABEL author="Drydock team" \
      maintainer="team@example.com" \
      org.opencontainers.image.source="https://example.com/app" \
      org.opencontainers.image.created="2026-05-01T12:00:00Z" \
      org.opencontainers.image.licenses="Apache-2.0 OR MIT" \
      org.opencontainers.image.revision="4f2a9c1" \
      org.opencontainers.image.version="1.4.2"
