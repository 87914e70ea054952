FROM alpine:3.20 AS everything
MAINTAINER Jane Doe <jane@example.com>
LABEL a=b "c d"="e f"
ENV A=1 B="two words" C='single'
ARG X Y=2
EXPOSE 80 443/tcp 53/udp 8000-8010
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/file.tar.gz /tmp/
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.13.0 /buildkit
COPY --parents --exclude=*.md --link ./docs/ /usr/share/doc/
COPY ["a file.txt", "/dest dir/"]
WORKDIR /work dir
USER 1000:1000
VOLUME /var/lib/data
STOPSIGNAL SIGTERM
HEALTHCHECK NONE
RUN --network=none --security=insecure echo hi
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
ONBUILD RUN echo later
CMD ["true"]
FROBNICATE the widgets
