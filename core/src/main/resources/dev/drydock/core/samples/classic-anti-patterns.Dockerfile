# A small Node.js web service, written the way many tutorials still do it.
FROM node:latest

ENV API_TOKEN=sk_live_4f9a2c7e1b8d3f6a
WORKDIR /app

RUN apt-get update && apt-get install -y curl git
RUN curl -fsSL http://get.example.com/install-tools.sh | bash

ADD https://downloads.example.com/app-config.tar.gz /app/config/
ADD . /app
RUN npm install

EXPOSE 80
CMD npm start
