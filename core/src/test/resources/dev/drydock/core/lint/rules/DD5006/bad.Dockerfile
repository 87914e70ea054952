FROM debian:12
RUN useradd --system app
USER app
RUN ./configure
USER root
RUN apt-get update
USER app:app
