FROM node:latest AS build
RUN npm ci
FROM alpine:latest
COPY --from=build /app /app
