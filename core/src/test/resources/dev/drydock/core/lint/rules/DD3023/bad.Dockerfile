FROM golang:1.23 AS build
COPY --from=build /src /src
FROM alpine:3.20
COPY --from=1 /out /out
