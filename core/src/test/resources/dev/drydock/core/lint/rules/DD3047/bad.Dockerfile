FROM debian:12
RUN wget https://example.com/a.tgz && \
    wget -O /tmp/b.tgz https://example.com/b.tgz
