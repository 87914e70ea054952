FROM debian:12
COPY app-1.4.2.tar.gz /tmp/
RUN tar -xzf /tmp/app-1.4.2.tar.gz -C /opt && rm /tmp/app-1.4.2.tar.gz
COPY tools.tar /tmp/tools.tar
RUN cd /opt && tar xf /tmp/tools.tar
