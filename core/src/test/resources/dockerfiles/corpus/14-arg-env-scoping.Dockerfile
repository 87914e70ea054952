ARG BASE=alpine
ARG TAG=3.20
FROM ${BASE}:${TAG} AS base
ARG TAG
ENV APP_HOME=/opt/app APP_TAG=${TAG:-unknown}
ENV legacy value with spaces
FROM base AS derived
ARG USER_ID=10001
RUN echo "$APP_HOME ${USER_ID:+uid=}${USER_ID}"
FROM scratch
COPY --from=derived /opt/app /app
