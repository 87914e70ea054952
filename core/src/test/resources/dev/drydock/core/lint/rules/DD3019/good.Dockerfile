FROM alpine:3.20
RUN apk add --no-cache curl=8.9.1-r1
RUN apk --no-cache add git=2.45.2-r0
RUN apk update && apk add make=4.4.1-r2 && rm -rf /var/cache/apk/*
RUN --mount=type=cache,target=/var/cache/apk apk add gcc=13.2.1_git20240309-r0
