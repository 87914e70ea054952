FROM node:22.11 AS build
RUN npm ci
FROM golang:1.23 AS Build
RUN go build
