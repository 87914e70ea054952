FROM debian:12
FROM alpine:3.20 AS x
