FROM node:20-slim AS build
COPY . /src

FROM node:20-slim
WORKDIR /app
COPY --from=build /src/dist ./dist
COPY package.json ./
