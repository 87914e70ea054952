FROM ubuntu:<version> AS build
RUN make
FROM build
FROM debian:<version>
