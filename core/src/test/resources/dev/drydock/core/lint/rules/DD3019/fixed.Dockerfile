FROM alpine:3.20
RUN apk add --no-cache curl=8.9.1-r1
RUN apk update \
    && apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 \
    && apk del .build-deps
