FROM alpine:3.20
VOLUME /var/run/docker.sock
VOLUME /data /proc/
VOLUME ["/etc"]
