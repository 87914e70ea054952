FROM alpine:3.20
COPY tool.apk /tmp/tool.apk
RUN apk add --no-cache curl=8.9.1-r1 git~2.45 /tmp/tool.apk \
    --virtual .build-deps make=4.4.1-r2 \
    --repository https://example.org/alpine/edge/testing
