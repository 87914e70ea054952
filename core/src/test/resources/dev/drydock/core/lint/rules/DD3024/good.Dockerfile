FROM node:22.11 AS web-build
RUN npm ci
FROM golang:1.23 AS api-build
RUN go build
