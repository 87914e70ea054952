FROM debian:12
RUN wget --progress=dot:giga https://example.com/a.tgz && \
    wget -nv -O /tmp/b.tgz https://example.com/b.tgz && \
    wget -q https://example.com/c.tgz
