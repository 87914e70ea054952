FROM debian:12 AS build
USER root
RUN make
FROM debian:12
USER app
USER 0:0
