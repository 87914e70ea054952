FROM node:20.17-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm install -g pnpm@9.9.0 @angular/cli@18.2.1 ./tools/ \
    git+https://example.org/lib.git#v1.2.0 && npm cache clean --force
