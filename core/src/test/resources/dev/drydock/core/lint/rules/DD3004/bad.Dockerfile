FROM debian:12
RUN sudo apt-get update && \
    sudo apt-get install -y --no-install-recommends curl
