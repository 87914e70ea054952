FROM debian:bookworm-slim
RUN curl -fsSL https://example.com/install.sh | sh
RUN wget -qO- https://example.com/setup | bash -s -- --yes
RUN (cd /tmp && make) || { echo failed; exit 1; }
RUN if [ -f /etc/debian_version ]; then apt-get install -qy tzdata; fi; cd /srv; ./configure 2>&1 >/dev/null
