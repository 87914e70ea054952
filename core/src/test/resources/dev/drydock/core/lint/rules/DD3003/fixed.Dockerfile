FROM debian:12
WORKDIR /usr/src/app
RUN make install
