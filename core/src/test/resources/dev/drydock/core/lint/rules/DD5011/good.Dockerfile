FROM node:20.17-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit dev && npm cache clean --force
RUN --mount=type=cache,target=/root/.npm npm install -g pnpm@9.9.0
RUN npm install -g typescript@5.5.4 && rm -rf /root/.npm
