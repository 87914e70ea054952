FROM node:20-slim
# NPM_TOKEN is a build secret: pass it with `docker build --secret id=npm-token,env=NPM_TOKEN`; RUN steps that need it read it with --mount=type=secret,id=npm-token,env=NPM_TOKEN
ENV NODE_ENV=production
# AWS_ACCESS_KEY_ID is a build secret: pass it with `docker build --secret id=aws-access-key-id,env=AWS_ACCESS_KEY_ID`; RUN steps that need it read it with --mount=type=secret,id=aws-access-key-id,env=AWS_ACCESS_KEY_ID
RUN --mount=type=secret,id=npm-token,env=NPM_TOKEN echo "//registry.example/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
RUN --mount=type=secret,id=aws-access-key-id,env=AWS_ACCESS_KEY_ID aws s3 cp s3://bucket/file . && echo $AWS_ACCESS_KEY_ID
