FROM debian:12 AS fetch
RUN curl -fsSL -o /tmp/a.tgz https://example.com/a.tgz
FROM alpine:3.20
RUN wget -q https://example.com/b.tgz
