FROM debian:12
RUN apt-get update && curl -fsSL https://example.com/install.sh -o /tmp/install.sh && echo "<sha256-of-the-script>  /tmp/install.sh" > /tmp/install.sh.sha256 && sha256sum -c /tmp/install.sh.sha256 && sh /tmp/install.sh --yes && rm -f /tmp/install.sh /tmp/install.sh.sha256
RUN wget -qO /tmp/install.sh https://example.com/get.sh && echo "<sha256-of-the-script>  /tmp/install.sh" > /tmp/install.sh.sha256 && sha256sum -c /tmp/install.sh.sha256 && sudo bash /tmp/install.sh && rm -f /tmp/install.sh /tmp/install.sh.sha256
