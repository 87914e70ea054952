FROM golang:1.23 AS build
RUN go build -o /out/server ./cmd/server
FROM debian:12
COPY --from=build /out/server /server
COPY / /
