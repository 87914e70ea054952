FROM node:20.17-bookworm-slim
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile && yarn cache clean
RUN <<EOF
yarn add left-pad@1.3.0
yarn build && yarn cache clean
EOF
