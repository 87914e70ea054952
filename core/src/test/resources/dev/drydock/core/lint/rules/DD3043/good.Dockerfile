FROM node:22.11
ONBUILD COPY package.json /app/
ONBUILD RUN npm ci
