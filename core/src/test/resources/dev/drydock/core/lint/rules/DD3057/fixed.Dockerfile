FROM node:22.11 AS build
HEALTHCHECK CMD ["true"]
RUN npm ci
FROM nginx:1.27
COPY --from=build /app/dist /usr/share/nginx/html/
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["<command that exits 0 when the service is healthy>"]
