FROM node:20.17-bookworm-slim
RUN npm install -g typescript@5.5.4 pnpm \
    @angular/cli && npm cache clean --force
