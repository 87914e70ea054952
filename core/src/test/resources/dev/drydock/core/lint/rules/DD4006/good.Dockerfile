FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/install.sh | sh
FROM alpine:3.20
RUN set -o pipefail && wget -qO- https://example.com/app.tar.gz | tar -xz -C /opt
