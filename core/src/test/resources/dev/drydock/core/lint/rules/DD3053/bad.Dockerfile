FROM debian:12
LABEL org.opencontainers.image.created="2026-05-01 12:00"
