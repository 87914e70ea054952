FROM node:20-slim
ENV NODE_ENV=production NPM_TOKEN=npm_0123456789abcdef
ARG AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
LABEL com.example.api-key="k3y-v4lue-123"
RUN echo "//registry.example/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
RUN aws s3 cp s3://bucket/file . && echo $AWS_ACCESS_KEY_ID
