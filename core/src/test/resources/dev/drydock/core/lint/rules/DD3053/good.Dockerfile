FROM debian:12
LABEL org.opencontainers.image.created="2026-05-01T12:00:00+02:00"
