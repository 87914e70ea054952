FROM node:<version> AS build
RUN npm ci
FROM alpine:<version>
COPY --from=build /app /app
