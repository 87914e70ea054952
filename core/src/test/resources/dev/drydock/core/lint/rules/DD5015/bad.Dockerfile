FROM node:20-slim AS build
COPY . /src

FROM node:20-slim
WORKDIR /app
COPY --chown=node:node . .
