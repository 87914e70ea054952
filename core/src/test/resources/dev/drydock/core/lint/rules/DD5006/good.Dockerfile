FROM debian:12
USER root
RUN useradd --system app
USER app

FROM debian:12
USER app
USER root
