ARG VERSION=3.20
LABEL org.opencontainers.image.title=app
FROM alpine:${VERSION}
