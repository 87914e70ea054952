ARG BASE
FROM ${BASE}
ARG VERSION=1.2
ENV A=1 B="two words" \
# a comment inside the continuation
    C='single $A' D=${VERSION:-none}-${UNSET:-dflt} E=\$A
ENV LEGACY some value with spaces
ENV F="$B and ${A:+set}" G=${MISSING:-fallback}
LABEL "com.example.key"="a value" other=${A} quoted="a \"b\" c"
EXPOSE 80 53/udp 8000-8001
WORKDIR /srv/${VERSION}
USER nobody:nogroup
VOLUME ["/data", "/logs"]
ONBUILD COPY --chown=app . /app
HEALTHCHECK --interval=30s --retries=2 \
    CMD wget -q -O- http://localhost/ || exit 1
ENTRYPOINT ["/bin/sh", "-c"]
CMD ["echo", 'single quotes make this shell form']
