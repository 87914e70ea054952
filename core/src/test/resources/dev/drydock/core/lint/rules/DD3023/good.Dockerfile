FROM golang:1.23 AS sources
COPY . /src
FROM golang:1.23 AS build
COPY --from=sources /src /src
COPY --from=0 /src /src2
