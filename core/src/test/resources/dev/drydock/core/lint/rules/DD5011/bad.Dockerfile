FROM node:20.17-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit dev
RUN npm cache clean --force && \
    npm install -g pnpm@9.9.0
