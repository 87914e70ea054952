FROM ubuntu AS build
RUN make
FROM build
FROM debian
