FROM alpine:3.20
CMD ["echo", 'single quotes are not JSON']
ENTRYPOINT ["/bin/sh", "-c",]
RUN [ -f /etc/os-release ] && cat /etc/os-release
CMD [echo, unquoted]
VOLUME ["/data"
