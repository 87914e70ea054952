FROM node:22
ARG NODE_ENV=production
ENV APP=web
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
