FROM golang:1.22 AS build
RUN apt-get update && apt-get install -y --no-install-recommends make

FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
    gcc libc6-dev curl \
    && rm -rf /var/lib/apt/lists/*
