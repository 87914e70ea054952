FROM alpine:3.20
ADD https://example.com/tool-1.2.tar.gz /opt/
ARG VERSION=1.2
ADD --chown=app http://example.com/tool-${VERSION}.sh /usr/local/bin/tool
