FROM debian:12
RUN curl -fsSL https://example.com/install.sh | sh
RUN wget -qO- https://example.com/app.tar.gz | tar -xz -C /opt
FROM alpine:3.20
RUN apk add --no-cache curl && curl -fsS https://example.com/key | tee /etc/app.key
