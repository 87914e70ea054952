FROM debian:12
RUN curl -fsSL https://example.com/install.sh -o /tmp/install.sh \
    && echo "3b1f2e  /tmp/install.sh" > /tmp/install.sh.sha256 \
    && sha256sum -c /tmp/install.sh.sha256 \
    && sh /tmp/install.sh --yes
RUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
RUN echo "echo hi" | sh
