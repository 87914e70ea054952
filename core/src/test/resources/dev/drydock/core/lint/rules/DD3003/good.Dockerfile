FROM debian:12
WORKDIR /usr/src/app
RUN make install
RUN mkdir -p /tmp/build && cmake -S /src -B /tmp/build
