FROM debian:12
LABEL maintainer="Drydock team"
