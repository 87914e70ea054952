FROM eclipse-temurin:21 AS base
COPY app.jar /opt/app/
WORKDIR /opt/app
COPY lib lib/
FROM base
COPY run.sh .
FROM alpine:3.20
ARG DEST=/srv
COPY a.txt $DEST/
