FROM debian:12
RUN wget --progress=dot:giga https://example.com/a.tgz && \
    wget --progress=dot:giga -O /tmp/b.tgz https://example.com/b.tgz
