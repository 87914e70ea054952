FROM debian:12
SHELL ["/bin/bash", "-c"]
RUN echo hi
