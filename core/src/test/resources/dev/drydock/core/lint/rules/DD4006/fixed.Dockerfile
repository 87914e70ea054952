FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/install.sh | sh
RUN wget -qO- https://example.com/app.tar.gz | tar -xz -C /opt
FROM alpine:3.20
SHELL ["/bin/ash", "-o", "pipefail", "-c"]
RUN apk add --no-cache curl && curl -fsS https://example.com/key | tee /etc/app.key
