FROM --platform=$BUILDPLATFORM golang:1.23 AS build
FROM debian:12
