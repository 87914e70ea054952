FROM debian:12
RUN apt-get install -y --no-install-recommends procps && echo "ps and top are installed"
