FROM debian:12
RUN cd /usr/src/app && make install
