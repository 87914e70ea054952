FROM debian:12
ADD app-1.4.2.tar.gz /opt/
COPY docs.tar.gz /usr/share/doc/app/
COPY site.zip /tmp/
RUN unzip /tmp/site.zip -d /var/www
FROM debian:12
RUN tar -xzf /tmp/app-1.4.2.tar.gz
