FROM debian:12
LABEL org.opencontainers.image.revision="4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39"
