FROM debian:12 AS build
USER root
RUN make
USER builder
FROM debian:12
USER root
RUN apt-get update
USER app:app
