FROM debian:12
COPY --chmod=755 entrypoint.sh /usr/local/bin/
RUN mkdir -p /app/data \
    && chmod -R 0644 /app/data
