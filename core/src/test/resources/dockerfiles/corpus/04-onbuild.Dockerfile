FROM node:20-bookworm-slim
WORKDIR /usr/src/app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci --omit=dev
onbuild copy . .
ONBUILD HEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1
CMD ["node", "server.js"]
