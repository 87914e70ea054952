FROM debian:12
RUN apt-get update && curl -fsSL https://example.com/install.sh | sh -s -- --yes
RUN wget -qO- https://example.com/get.sh | sudo bash
