FROM node:20.17-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit dev && npm cache clean --force
RUN npm cache clean --force && \
    npm install -g pnpm@9.9.0 && npm cache clean --force
