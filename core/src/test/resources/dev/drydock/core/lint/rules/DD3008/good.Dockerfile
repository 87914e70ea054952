FROM debian:12
COPY tool.deb /tmp/tool.deb
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \
        git/bookworm-backports /tmp/tool.deb \
    && rm -rf /var/lib/apt/lists/*
