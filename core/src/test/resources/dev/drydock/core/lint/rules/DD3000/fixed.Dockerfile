FROM node:22.11
WORKDIR /srv
WORKDIR /srv/app
WORKDIR /srv/lib
FROM alpine:3.20
WORKDIR /data
