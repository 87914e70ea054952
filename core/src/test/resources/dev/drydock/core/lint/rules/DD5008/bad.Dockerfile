FROM debian:12
COPY --chmod=777 entrypoint.sh /usr/local/bin/
RUN mkdir -p /app/data \
    && chmod -R 0666 /app/data
