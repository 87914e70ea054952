ARG BASE
FROM ${BASE}
FROM ubuntu:24.04 AS build
RUN make
FROM build
FROM scratch
COPY --from=build /out /
