FROM node:22.11
WORKDIR /srv
WORKDIR app
WORKDIR ../lib
FROM alpine:3.20
WORKDIR data
