FROM ubuntu:24.04
CMD echo "shell form"
CMD ["echo", "exec form"]
ENTRYPOINT ["/docker-entrypoint.sh"]
ENTRYPOINT exec /docker-entrypoint.sh "$@"
RUN ["/bin/bash", "-c", "echo \"quoted\" \u00e9"]
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
VOLUME ["/data", "/logs"]
VOLUME /cache /tmp/build
