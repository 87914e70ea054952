FROM alpine:3.20
ADD --checksum=sha256:<sha256-of-the-file> https://example.com/tool-1.2.tar.gz /opt/
ARG VERSION=1.2
ADD --checksum=sha256:<sha256-of-the-file> --chown=app http://example.com/tool-${VERSION}.sh /usr/local/bin/tool
