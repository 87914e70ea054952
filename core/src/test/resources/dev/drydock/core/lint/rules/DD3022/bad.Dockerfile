FROM golang:1.23 AS build
RUN go build -o /out/app .
FROM alpine:3.20
COPY --from=biuld /out/app /usr/local/bin/app
COPY --from=assets /srv /srv
FROM nginx:1.27 AS assets
