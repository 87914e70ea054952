FROM node:20-slim
ARG NPM_TOKEN
ENV DB_PASSWORD_FILE=/run/secrets/db-password DB_PASSWORD=${DB_PASSWORD} TOKEN_URL=https://auth.example/token
LABEL org.opencontainers.image.title="api"
RUN --mount=type=secret,id=npm-token,env=NPM_TOKEN npm ci
