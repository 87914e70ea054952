FROM alpine:3.20
COPY app.conf /etc/app/
ADD rootfs.tar.gz /
ADD https://example.com/a.txt /srv/
