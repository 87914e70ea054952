FROM debian:12
COPY --chmod=755 entrypoint.sh /usr/local/bin/
RUN chmod 1777 /tmp/shared && chmod -R go-w /app && chmod u+rwx,go+rx /opt/tool && echo 777
