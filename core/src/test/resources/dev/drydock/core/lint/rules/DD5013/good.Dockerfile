FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends openssh-client \
    && rm -rf /var/lib/apt/lists/*
EXPOSE 8080 2222/udp 22/udp
