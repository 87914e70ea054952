ARG NODE=node
FROM ${NODE}:latest AS build
WORKDIR /src
ADD package.json package-lock.json ./
RUN npm ci
RUN npm run build
FROM nginx
ENV SITE=/usr/share/nginx/html INDEX=$SITE/index.html
WORKDIR html
COPY --from=build /src/dist/index.html /src/dist/app.js /usr/share/nginx/html
CMD nginx
CMD nginx -g "daemon off;"
EXPOSE 80
