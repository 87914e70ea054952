# syntax=docker/dockerfile:1
FROM alpine:3.20
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/
ADD https://github.com/example/project.git#v1.2.0 /src
ADD tool.tar.gz /opt/
