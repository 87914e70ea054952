FROM debian:12 AS tools
RUN apt update && apt upgrade -y
RUN apt-get install python3 python3-pip nodejs npm
RUN pip install requests flask
RUN npm install -g typescript

FROM alpine:3.20
RUN apk update && apk add curl wget
RUN wget https://downloads.example.com/tool.tgz && curl -k -o /tmp/other.tgz https://downloads.example.com/other.tgz
USER 10001
CMD ["sh"]
