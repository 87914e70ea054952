FROM debian:12
RUN curl -fsSL -o /tmp/a.tgz https://example.com/a.tgz
RUN wget -q https://example.com/b.tgz
RUN curl -fsSL -o /tmp/c.tgz https://example.com/c.tgz
