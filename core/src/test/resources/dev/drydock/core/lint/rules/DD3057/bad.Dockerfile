FROM node:22.11 AS build
HEALTHCHECK CMD ["true"]
RUN npm ci
FROM nginx:1.27
COPY --from=build /app/dist /usr/share/nginx/html/
