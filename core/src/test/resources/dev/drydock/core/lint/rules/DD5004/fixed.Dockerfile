FROM node:20-slim
# NPM_TOKEN is a secret: give it to the container at run time (docker run --env-file, your orchestrator's secrets); to the build with `docker build --secret id=npm-token,env=NPM_TOKEN` and RUN --mount=type=secret,id=npm-token,env=NPM_TOKEN
ENV NODE_ENV=production
# AWS_ACCESS_KEY_ID is a secret: give it to the container at run time (docker run --env-file, your orchestrator's secrets); to the build with `docker build --secret id=aws-access-key-id,env=AWS_ACCESS_KEY_ID` and RUN --mount=type=secret,id=aws-access-key-id,env=AWS_ACCESS_KEY_ID
RUN --mount=type=secret,id=npm-token,env=NPM_TOKEN echo "//registry.example/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
RUN --mount=type=secret,id=aws-access-key-id,env=AWS_ACCESS_KEY_ID aws s3 cp s3://bucket/file . && echo $AWS_ACCESS_KEY_ID
