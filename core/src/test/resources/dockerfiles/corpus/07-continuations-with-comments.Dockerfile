FROM debian:bookworm
RUN apt-get update \
# refresh the index first
    && apt-get install -y \
        curl \
        # the TLS roots
        ca-certificates \

        git \
    && rm -rf /var/lib/apt/lists/*
LABEL org.opencontainers.image.title="demo" \
      org.opencontainers.image.description="a \"quoted\" description" \
      version=1.0
ENV LANG=C.UTF-8 \
    PATH=/opt/bin:$PATH
